import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callJson, type Owner, signup, tenantPath } from "../support/api-client";

type Tokens = { access_token: string; refresh_token: string; role: string };

const refresh = (refreshToken: string) =>
  callJson<Tokens & { code?: string }>("/v1/auth/refresh", {
    method: "POST",
    body: { refresh_token: refreshToken },
  });

const login = (owner: Pick<Owner, "email" | "password">) =>
  callJson<Tokens>("/v1/auth/login", {
    method: "POST",
    body: { email: owner.email, password: owner.password },
  });

const reads = async (tenantId: string, token: string) =>
  (await call(tenantPath(tenantId), { token })).status;

describe("sessions", () => {
  it("login gives an access token and a refresh token of 30 days", async () => {
    const owner = await signup();
    const res = await login(owner);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: "bearer", expires_in: 3600, role: "owner" });
    expect(res.body.refresh_token).toMatch(/^rt_us-1_[0-9a-f-]{36}_[0-9A-Za-z]{43}$/);
    expect((res.body as { refresh_expires_in?: number }).refresh_expires_in).toBeGreaterThan(
      30 * 24 * 3600 - 60,
    );
    expect(await reads(owner.tenantId, res.body.access_token)).toBe(200);
  });

  it("rotate the refresh token on use; a spent one used again revokes the whole session", async () => {
    const owner = await signup();
    const first = await refresh(owner.refreshToken);
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(owner.refreshToken);
    expect(await reads(owner.tenantId, first.body.access_token)).toBe(200);
    const second = await refresh(first.body.refresh_token);
    expect(second.status).toBe(200);

    // The first refresh token, spent, comes back: a stolen copy.
    const replay = await refresh(owner.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe("invalid_token");
    // Every token of the family is refused from then on: the newest refresh token and every
    // access token of the session, the signup's included.
    expect((await refresh(second.body.refresh_token)).status).toBe(401);
    expect(await reads(owner.tenantId, second.body.access_token)).toBe(401);
    expect(await reads(owner.tenantId, owner.token)).toBe(401);
    const entry = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = 'session.reuse_detected'",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(entry?.n).toBe(1);
    // Another session of the same user is not touched.
    const again = await login(owner);
    expect(await reads(owner.tenantId, again.body.access_token)).toBe(200);
  });

  it("two refreshes racing with one token: one wins, and the reuse revokes the session", async () => {
    const owner = await signup();
    const answers = await Promise.all([refresh(owner.refreshToken), refresh(owner.refreshToken)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 401]);
    const winner = answers.find((a) => a.status === 200);
    expect(await reads(owner.tenantId, winner?.body.access_token ?? "")).toBe(401);
  });

  it("logout refuses the session's access and refresh tokens on the next request", async () => {
    const owner = await signup();
    const other = await login(owner);
    const out = await call("/v1/auth/logout", { method: "POST", token: owner.token });
    expect(out.status).toBe(204);
    expect(await reads(owner.tenantId, owner.token)).toBe(401);
    expect((await refresh(owner.refreshToken)).status).toBe(401);
    expect(await reads(owner.tenantId, other.body.access_token)).toBe(200);
  });

  it("a password change revokes every other session and keeps this one", async () => {
    const owner = await signup();
    const other = await login(owner);
    const changed = await call("/v1/auth/password", {
      method: "POST",
      token: owner.token,
      body: { current_password: owner.password, new_password: "a brand new passphrase" },
    });
    expect(changed.status).toBe(204);
    expect(await reads(owner.tenantId, owner.token)).toBe(200);
    expect(await reads(owner.tenantId, other.body.access_token)).toBe(401);
    expect((await refresh(other.body.refresh_token)).status).toBe(401);
    expect((await login(owner)).status).toBe(401);
    const renewed = await login({ email: owner.email, password: "a brand new passphrase" });
    expect(renewed.status).toBe(200);

    const wrong = await callJson("/v1/auth/password", {
      method: "POST",
      token: owner.token,
      body: { current_password: "not it at all", new_password: "another passphrase" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: "invalid_credentials" });
  });

  it("a session past its 30 days is refused, its access tokens too", async () => {
    const owner = await signup();
    await env.CELL_US_1.prepare("UPDATE sessions SET expires_at = ? WHERE tenant_id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), owner.tenantId)
      .run();
    expect(await reads(owner.tenantId, owner.token)).toBe(401);
    expect((await refresh(owner.refreshToken)).status).toBe(401);
  });

  it("refuses a made-up refresh token and one naming another tenant", async () => {
    const owner = await signup();
    const other = await signup();
    const made = `rt_us-1_${owner.tenantId}_${"b".repeat(43)}`;
    expect((await refresh(made)).status).toBe(401);
    const moved = owner.refreshToken.replace(owner.tenantId, other.tenantId);
    expect((await refresh(moved)).status).toBe(401);
    expect((await refresh("not a token")).status).toBe(401);
    // Neither try spent the real one.
    expect((await refresh(owner.refreshToken)).status).toBe(200);
  });
});
