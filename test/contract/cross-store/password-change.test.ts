import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call, callJson, signup } from "../../support/api-client";
import { withFailingInserts } from "../../support/failing-inserts";
import { differences, tenantState } from "../../support/tenant-state";

/**
 * A password change writes the cell (the other sessions end), then the control plane (the new
 * hash: the point of no return), then the cell again (a session a login with the old password
 * started meanwhile, and the entry). Each write failed in turn, every store read back.
 */
const NEW_PASSWORD = "a brand new passphrase";

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

const login = (email: string, password: string) =>
  callJson<{ access_token: string; refresh_token: string }>("/v1/auth/login", {
    method: "POST",
    body: { email, password },
  });

const change = (token: string, current: string) =>
  call("/v1/auth/password", {
    method: "POST",
    token,
    body: { current_password: current, new_password: NEW_PASSWORD },
  });

const passwordHashOf = async (userId: string) =>
  (
    await env.DB.prepare("SELECT password_hash FROM users WHERE id = ?")
      .bind(userId)
      .first<{ password_hash: string }>()
  )?.password_hash;

/** Whether the session of `token` holds on the tenant: 401 once it ended. */
const readsTenant = async (tenantId: string, token: string) =>
  (await call(`/v1/tenants/${tenantId}`, { token })).status;

async function ownerWithOtherSession() {
  const owner = await signup();
  const other = await login(owner.email, owner.password);
  expect(other.status).toBe(200);
  return { owner, other: other.body };
}

describe("a password change across the cell and the control plane", { timeout: 30_000 }, () => {
  it("fails at its first write (the cell): nothing written in any store", async () => {
    const { owner, other } = await ownerWithOtherSession();
    const before = await tenantState(owner.tenantId);
    const res = await withFailingInserts("sessions", () => change(owner.token, owner.password), {
      on: "UPDATE",
    });
    expect(res.status).toBe(500);
    expect(differences(before, await tenantState(owner.tenantId))).toEqual([]);
    expect(await readsTenant(owner.tenantId, other.access_token)).toBe(200);
    expect((await login(owner.email, owner.password)).status).toBe(200);
  });

  it("fails at its second write (the control plane): the old password holds, the other sessions ended, and sending it again completes it", async () => {
    const { owner, other } = await ownerWithOtherSession();
    const hash = await passwordHashOf(owner.tenantId);
    const res = await withFailingInserts("users", () => change(owner.token, owner.password), {
      d1: env.DB,
      on: "UPDATE",
    });
    expect(res.status).toBe(500);
    expect(await passwordHashOf(owner.tenantId)).toBe(hash);
    expect(await readsTenant(owner.tenantId, other.access_token)).toBe(401);
    expect(await readsTenant(owner.tenantId, owner.token)).toBe(200);
    expect((await change(owner.token, owner.password)).status).toBe(204);
    expect((await login(owner.email, NEW_PASSWORD)).status).toBe(200);
  });

  it("fails at its last write (the cell again): the new password holds, and sending it again with it finishes", async () => {
    const { owner, other } = await ownerWithOtherSession();
    const res = await withFailingInserts("activity_logs", () =>
      change(owner.token, owner.password),
    );
    expect(res.status).toBe(500);
    expect(await readsTenant(owner.tenantId, other.access_token)).toBe(401);
    expect((await login(owner.email, owner.password)).status).toBe(401);
    const again = await call("/v1/auth/password", {
      method: "POST",
      token: owner.token,
      body: { current_password: NEW_PASSWORD, new_password: `${NEW_PASSWORD} again` },
    });
    expect(again.status).toBe(204);
    const entries = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = 'user.password_changed'",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(entries?.n).toBe(1);
  });

  it("a wrong current password, and a change another one overtook: 401, nothing written", async () => {
    const { owner, other } = await ownerWithOtherSession();
    const before = await tenantState(owner.tenantId);
    expect((await change(owner.token, "not the password")).status).toBe(401);
    expect(differences(before, await tenantState(owner.tenantId))).toEqual([]);
    // Two changes, each from its own session, at once: one wins; the other's session is one of
    // those the winner ended, and it revoked nothing.
    const answers = await Promise.all([
      change(owner.token, owner.password),
      change(other.access_token, owner.password),
    ]);
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([204, 401]);
    const winner = answers[0]?.status === 204 ? owner.token : other.access_token;
    expect(await readsTenant(owner.tenantId, winner)).toBe(200);
    expect((await login(owner.email, NEW_PASSWORD)).status).toBe(200);
  });
});
