import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { callJson, type Owner, signup, tenantPath, uniqueEmail } from "../../support/api-client";
import { withFailingInserts } from "../../support/failing-inserts";
import { differences, tenantState } from "../../support/tenant-state";

/** An invitation of the owner's tenant, not yet accepted. */
async function invitation(owner: Owner) {
  const email = uniqueEmail("joining");
  const invited = await callJson<{ id: string; invitation_token: string }>(
    tenantPath(owner.tenantId, "/members"),
    { method: "POST", token: owner.token, body: { email, role: "developer" } },
  );
  expect(invited.status).toBe(201);
  return { email, token: invited.body.invitation_token };
}

const accept = (token: string) =>
  callJson<{ code?: string; access_token?: string }>("/v1/auth/accept-invitation", {
    method: "POST",
    body: { invitation_token: token, password: "joining password 123" },
  });

const accountOf = (email: string) =>
  env.DB.prepare("SELECT id FROM users WHERE email = ?").bind(email).first<{ id: string }>();

const setStatus = (tenantId: string, status: string) =>
  env.CELL_US_1.prepare("UPDATE tenants SET status = ? WHERE id = ?").bind(status, tenantId).run();

// Accepting writes the control plane (the account) then the cell (the membership, its session):
// a refusal at either leaves nothing in any store, and the invitation can be accepted later.
describe("accepting an invitation across the control plane and the cell", () => {
  it("is refused with 409 while the tenant moves, writing nothing anywhere", async () => {
    const owner = await signup();
    const { email, token } = await invitation(owner);
    await setStatus(owner.tenantId, "moving");
    const before = await tenantState(owner.tenantId);

    const refused = await accept(token);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("tenant_moving");
    expect(differences(before, await tenantState(owner.tenantId))).toEqual([]);
    expect(await accountOf(email)).toBeNull();

    await setStatus(owner.tenantId, "active");
    expect((await accept(token)).status).toBe(201);
  });

  it("takes the account back when the cell refuses the membership after it was made", async () => {
    const owner = await signup();
    const { email, token } = await invitation(owner);
    const before = await tenantState(owner.tenantId);

    // The cell's write fails after the account was made in the control plane (as a move's fence
    // arriving between the two would).
    const failed = await withFailingInserts("activity_logs", () => accept(token));
    expect(failed.status).toBeGreaterThanOrEqual(400);
    expect(differences(before, await tenantState(owner.tenantId))).toEqual([]);
    expect(await accountOf(email)).toBeNull();

    expect((await accept(token)).status).toBe(201);
    expect(await accountOf(email)).not.toBeNull();
  });
});
