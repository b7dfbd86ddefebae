import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { purgeEndedSessions, SESSIONS_PER_BATCH } from "../../src/access/session-sweep";
import { createDb } from "../../src/db/client";
import { call, callJson, signup, tenantPath } from "../support/api-client";
import { cellCalled, US_CELL } from "../support/cells";

const deps = () => ({
  env,
  cell: cellCalled(US_CELL),
  db: createDb(env.CELL_US_1),
  blobs: env.BLOBS_US,
});

const rowsOf = async (tenantId: string) => {
  const count = (table: string) =>
    env.CELL_US_1.prepare(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = ?`)
      .bind(tenantId)
      .first<{ n: number }>()
      .then((row) => row?.n ?? 0);
  return { sessions: await count("sessions"), refreshTokens: await count("refresh_tokens") };
};

describe("the sweep of ended sessions", () => {
  it("removes a session an hour after its revocation and one past its 30 days, with their refresh tokens", async () => {
    const owner = await signup();
    const login = () =>
      callJson<{ access_token: string; refresh_token: string }>("/v1/auth/login", {
        method: "POST",
        body: { email: owner.email, password: owner.password },
      });
    const kept = await login();
    const loggedOut = await login();
    await callJson("/v1/auth/refresh", {
      method: "POST",
      body: { refresh_token: loggedOut.body.refresh_token },
    });
    // A refresh made the logged-out session a second refresh token; logout revokes it.
    await call("/v1/auth/logout", { method: "POST", token: loggedOut.body.access_token });
    expect(await rowsOf(owner.tenantId)).toEqual({ sessions: 3, refreshTokens: 4 });

    // Now: nothing has ended yet (the revoked session's access tokens live another hour).
    expect(await purgeEndedSessions(deps(), new Date())).toBe(0);
    // An hour and a minute on, the revoked one has ended; 31 days on, every one of them.
    expect(await purgeEndedSessions(deps(), new Date(Date.now() + 61 * 60_000))).toBe(1);
    expect(await rowsOf(owner.tenantId)).toEqual({ sessions: 2, refreshTokens: 2 });
    expect((await call(tenantPath(owner.tenantId), { token: kept.body.access_token })).status).toBe(
      200,
    );
    expect(await purgeEndedSessions(deps(), new Date(Date.now() + 31 * 86_400_000))).toBe(2);
    expect(await rowsOf(owner.tenantId)).toEqual({ sessions: 0, refreshTokens: 0 });
  });

  it("goes a bounded few sessions a statement and leaves a tenant being deleted alone", async () => {
    const owner = await signup();
    const busy = await signup();
    const seed = (tenantId: string, count: number) =>
      env.CELL_US_1.prepare(
        `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?2)
         INSERT INTO sessions (id, tenant_id, user_id, created_at, expires_at)
         SELECT ?1 || '-old-' || n, ?1, ?1, '2020-01-01T00:00:00.000Z', '2020-02-01T00:00:00.000Z' FROM seq`,
      )
        .bind(tenantId, count)
        .run();
    await seed(owner.tenantId, SESSIONS_PER_BATCH * 5);
    await seed(busy.tenantId, 3);
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(busy.tenantId)
      .run();
    expect(await purgeEndedSessions(deps(), new Date())).toBe(SESSIONS_PER_BATCH * 4);
    expect(await purgeEndedSessions(deps(), new Date())).toBe(SESSIONS_PER_BATCH);
    expect(await rowsOf(owner.tenantId)).toMatchObject({ sessions: 1 });
    expect(await rowsOf(busy.tenantId)).toMatchObject({ sessions: 4 });
  });
});
