import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callJson, signup, tenantPath } from "../../support/api-client";
import { invitedMember } from "../../support/team";

const accountsOf = async (email: string) =>
  (await env.DB.prepare("SELECT id, created_at FROM users WHERE email = ?").bind(email).all())
    .results;

// A removal writes the cell (the membership, its sessions and keys) then the control plane (the
// account). Dying between the two leaves an account that cannot log in; inviting that email
// again removes it and makes the account anew.
describe("a member removed across the cell and the control plane", () => {
  it("leaves an account a new invitation of that email takes back", async () => {
    const owner = await signup();
    const member = await invitedMember(owner, "developer");
    await env.DB.exec(
      "CREATE TRIGGER injected_users_delete_failure BEFORE DELETE ON users BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
    );
    try {
      const removal = await call(tenantPath(owner.tenantId, `/members/${member.id}`), {
        method: "DELETE",
        token: owner.token,
      });
      expect(removal.status).toBe(500);
    } finally {
      await env.DB.exec("DROP TRIGGER injected_users_delete_failure");
    }
    // The point of no return was the cell's write: the member's credentials are dead already.
    expect((await call(tenantPath(owner.tenantId), { token: member.token })).status).toBe(401);
    const login = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: member.email, password: member.password },
    });
    expect(login.status).toBe(401);
    expect(await accountsOf(member.email)).toHaveLength(1);

    // Long after (an account made by a join still in flight is never taken for a leftover).
    await env.DB.prepare("UPDATE users SET created_at = ? WHERE email = ?")
      .bind(new Date(Date.now() - 3_600_000).toISOString(), member.email)
      .run();
    const again = await callJson<{ invitation_token: string }>(
      tenantPath(owner.tenantId, "/members"),
      { method: "POST", token: owner.token, body: { email: member.email, role: "viewer" } },
    );
    expect(again.status).toBe(201);
    const joined = await callJson<{ access_token: string }>("/v1/auth/accept-invitation", {
      method: "POST",
      body: { invitation_token: again.body.invitation_token, password: "a new password 123" },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    const accounts = await accountsOf(member.email);
    expect(accounts).toHaveLength(1);
    expect(
      (await call(tenantPath(owner.tenantId), { token: joined.body.access_token })).status,
    ).toBe(200);
  });
});
