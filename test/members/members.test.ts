import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, callJson, signup, tenantPath, uniqueEmail } from "../support/api-client";
import { invitedMember } from "../support/team";
import { captureQueuedDeliveries, consume, mockReceiver, webhookTenant } from "../support/webhooks";

afterEach(() => vi.restoreAllMocks());

const invite = (owner: { tenantId: string; token: string }, body: unknown) =>
  callJson<{ id: string; invitation_token: string; status: string; role: string }>(
    tenantPath(owner.tenantId, "/members"),
    { method: "POST", token: owner.token, body },
  );

const accept = (token: string, password = "member password 123") =>
  callJson<{ access_token: string; refresh_token: string; role: string; code?: string }>(
    "/v1/auth/accept-invitation",
    { method: "POST", body: { invitation_token: token, password } },
  );

const reads = async (tenantId: string, token: string) =>
  (await call(tenantPath(tenantId), { token })).status;

describe("members", () => {
  it("an invitation is accepted once, within 7 days, and logs the member in", async () => {
    const owner = await signup();
    const email = uniqueEmail("dev");
    const invited = await invite(owner, { email, role: "developer" });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email, role: "developer", status: "invited" });
    expect(invited.body.invitation_token).toMatch(/^inv_us-1_/);

    const joined = await accept(invited.body.invitation_token);
    expect(joined.status).toBe(201);
    expect(joined.body.role).toBe("developer");
    expect(await reads(owner.tenantId, joined.body.access_token)).toBe(200);
    expect((await accept(invited.body.invitation_token)).status).toBe(401);

    const login = await callJson<{ role: string; tenant_id: string }>("/v1/auth/login", {
      method: "POST",
      body: { email, password: "member password 123" },
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ role: "developer", tenant_id: owner.tenantId });

    const list = await callJson<{ items: { email: string; status: string }[] }>(
      tenantPath(owner.tenantId, "/members"),
      { token: joined.body.access_token },
    );
    expect(list.body.items.find((m) => m.email === email)?.status).toBe("active");

    const late = await invite(owner, { email: uniqueEmail("late"), role: "viewer" });
    await env.CELL_US_1.prepare("UPDATE members SET invitation_expires_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), late.body.id)
      .run();
    expect((await accept(late.body.invitation_token)).status).toBe(401);
  });

  it("refuses inviting an email that has an account, or twice", async () => {
    const owner = await signup();
    const other = await signup();
    expect((await invite(owner, { email: other.email, role: "viewer" })).status).toBe(409);
    const email = uniqueEmail("twice");
    expect((await invite(owner, { email, role: "viewer" })).status).toBe(201);
    const twice = await invite(owner, { email, role: "admin" });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: "already_invited" });
    expect((await invite(owner, { email, role: "owner" })).status).toBe(422);
  });

  it("a role change holds on the member's next request; removal refuses its tokens", async () => {
    const owner = await signup();
    const member = await invitedMember(owner, "viewer");
    const agent = () =>
      call(tenantPath(owner.tenantId, "/agents"), {
        method: "POST",
        token: member.token,
        body: { name: "by a member" },
      });
    expect((await agent()).status).toBe(403);
    const promoted = await callJson(tenantPath(owner.tenantId, `/members/${member.id}`), {
      method: "PUT",
      token: owner.token,
      body: { role: "developer" },
    });
    expect(promoted.status).toBe(200);
    expect((await agent()).status).toBe(201);

    const removed = await call(tenantPath(owner.tenantId, `/members/${member.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(removed.status).toBe(200);
    expect(await reads(owner.tenantId, member.token)).toBe(401);
    const refreshed = await call("/v1/auth/refresh", {
      method: "POST",
      body: { refresh_token: member.refreshToken },
    });
    expect(refreshed.status).toBe(401);
    const login = await call("/v1/auth/login", {
      method: "POST",
      body: { email: member.email, password: member.password },
    });
    expect(login.status).toBe(401);
  });

  it("the owner's membership cannot be changed or removed; an admin cannot delete the tenant", async () => {
    const owner = await signup();
    const admin = await invitedMember(owner, "admin");
    const { body } = await callJson<{ items: { id: string; role: string }[] }>(
      tenantPath(owner.tenantId, "/members"),
      { token: admin.token },
    );
    const ownerRow = body.items.find((m) => m.role === "owner");
    expect(ownerRow).toBeDefined();
    const path = tenantPath(owner.tenantId, `/members/${ownerRow?.id}`);
    const demote = await call(path, {
      method: "PUT",
      token: admin.token,
      body: { role: "viewer" },
    });
    expect(demote.status).toBe(403);
    expect((await call(path, { method: "DELETE", token: admin.token })).status).toBe(403);
    const deletion = await callJson(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: admin.token,
    });
    expect(deletion.status).toBe(403);
    expect(deletion.body).toMatchObject({ code: "forbidden" });
    expect(String(deletion.body.detail)).toContain("owner");
  });

  it("member.invited carries the invitation token to the webhook; the stored payload does not", async () => {
    const { owner } = await webhookTenant();
    const queued = captureQueuedDeliveries();
    const email = uniqueEmail("hooked");
    const invited = await invite(owner, { email, role: "viewer" });
    expect(invited.status).toBe(201);
    const stored = await env.CELL_US_1.prepare(
      "SELECT id, payload, sealed_data_enc FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'member.invited'",
    )
      .bind(owner.tenantId)
      .first<{ id: string; payload: string; sealed_data_enc: string }>();
    const token = invited.body.invitation_token;
    expect(stored?.payload).not.toContain(token);
    expect(stored?.sealed_data_enc).not.toContain(token);
    expect(queued).toContain(stored?.id);

    const received = mockReceiver([200]);
    await consume(stored?.id as string, 1, "webhook-deliveries", owner.tenantId);
    expect(received).toHaveLength(1);
    const event = JSON.parse(received[0]?.body ?? "{}");
    expect(event).toMatchObject({
      type: "member.invited",
      data: { email, role: "viewer", invitation_token: token },
    });
  });
});
