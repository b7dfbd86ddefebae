import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, createPlatformAdmin, signup, tenantPath } from "../support/api-client";
import { invitedMember } from "../support/team";

const reads = async (tenantId: string, token: string) =>
  (await call(tenantPath(tenantId), { token })).status;

/**
 * A credential ends where its ground is stored, whatever put it there: a membership gone from the
 * cell by another path than the removal route (which also revokes the sessions), an admin's
 * session revoked in the control plane.
 */
describe("a credential ends with what it stands on", () => {
  it("a member's live session is refused once the membership is no longer active in the cell", async () => {
    const owner = await signup();
    const member = await invitedMember(owner, "developer");
    expect(await reads(owner.tenantId, member.token)).toBe(200);
    // Back to an open invitation (a restore, a repair by hand): its session is not revoked.
    await env.CELL_US_1.prepare("UPDATE members SET status = 'invited' WHERE id = ?")
      .bind(member.id)
      .run();
    const live = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM sessions WHERE tenant_id = ? AND user_id = ? AND revoked_at IS NULL",
    )
      .bind(owner.tenantId, member.userId)
      .first<{ n: number }>();
    expect(live?.n).toBe(1);
    expect(await reads(owner.tenantId, member.token)).toBe(401);
  });

  it("a member's live session is refused once the membership row is gone from the cell", async () => {
    const owner = await signup();
    const member = await invitedMember(owner, "admin");
    expect(await reads(owner.tenantId, member.token)).toBe(200);
    await env.CELL_US_1.prepare("DELETE FROM members WHERE id = ?").bind(member.id).run();
    expect(await reads(owner.tenantId, member.token)).toBe(401);
  });

  it("a platform admin's token is refused after its logout, on every route it reached", async () => {
    const owner = await signup();
    const admin = await createPlatformAdmin();
    expect((await call("/v1/tenants", { token: admin.token })).status).toBe(200);
    expect(await reads(owner.tenantId, admin.token)).toBe(200);
    const out = await call("/v1/auth/logout", { method: "POST", token: admin.token });
    expect(out.status).toBe(204);
    const revoked = await env.DB.prepare(
      "SELECT count(*) AS n FROM admin_sessions WHERE user_id = ? AND revoked_at IS NOT NULL",
    )
      .bind(admin.id)
      .first<{ n: number }>();
    expect(revoked?.n).toBe(1);
    expect((await call("/v1/tenants", { token: admin.token })).status).toBe(401);
    expect(await reads(owner.tenantId, admin.token)).toBe(401);
  });

  it("a platform admin's token is refused once its session is revoked in the control plane", async () => {
    const owner = await signup();
    const admin = await createPlatformAdmin();
    expect(await reads(owner.tenantId, admin.token)).toBe(200);
    await env.DB.prepare(
      "UPDATE admin_sessions SET revoked_at = ?, revoked_reason = 'operator' WHERE user_id = ?",
    )
      .bind(new Date().toISOString(), admin.id)
      .run();
    expect((await call("/v1/tenants", { token: admin.token })).status).toBe(401);
    expect(await reads(owner.tenantId, admin.token)).toBe(401);
  });
});
