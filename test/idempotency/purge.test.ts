import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, callJson, signup, tenantPath } from "../support/api-client";
import { runScheduled } from "../support/scheduled";

const HOUR_MS = 60 * 60 * 1000;

afterEach(() => vi.useRealTimers());

const runCron = () => runScheduled();

const keysOf = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT key FROM idempotency_keys WHERE tenant_id = ? ORDER BY key")
      .bind(tenantId)
      .all<{ key: string }>()
  ).results.map((row) => row.key);

/** `count` stored keys for the tenant, each expiring at `expiresAt`, written in one statement. */
const insertKeys = (tenantId: string, prefix: string, count: number, expiresAt: Date) =>
  env.CELL_US_1.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
     INSERT INTO idempotency_keys (tenant_id, key, request_hash, status_code, response_headers,
       created_at, expires_at)
     SELECT ?1, ?2 || i, 'hash', 201, '{}', ?4, ?4 FROM n`,
  )
    .bind(tenantId, prefix, count, expiresAt.toISOString())
    .run();

describe("the scheduled purge of idempotency keys", () => {
  it("deletes keys past their 24 hours and keeps the fresh ones", async () => {
    const start = new Date();
    vi.useFakeTimers({ now: start, toFake: ["Date"] });
    const owner = await signup();
    // A token for the simulated time, since the clock moves past the first one's expiry.
    const post = async (key: string) => {
      const login = await callJson<{ access_token: string }>("/v1/auth/login", {
        method: "POST",
        body: { email: owner.email, password: owner.password },
      });
      return call(tenantPath(owner.tenantId, "/agents"), {
        method: "POST",
        token: login.body.access_token,
        body: { name: key },
        headers: { "Idempotency-Key": key },
      });
    };
    expect((await post("early")).status).toBe(201);
    vi.setSystemTime(start.getTime() + 12 * HOUR_MS);
    expect((await post("later")).status).toBe(201);

    vi.setSystemTime(start.getTime() + 23 * HOUR_MS);
    await runCron();
    expect(await keysOf(owner.tenantId)).toEqual(["early", "later"]);

    vi.setSystemTime(start.getTime() + 25 * HOUR_MS);
    await runCron();
    expect(await keysOf(owner.tenantId)).toEqual(["later"]);

    vi.setSystemTime(start.getTime() + 37 * HOUR_MS);
    await runCron();
    expect(await keysOf(owner.tenantId)).toEqual([]);
  });

  it("purges a backlog in bounded steps: at most 2000 rows a run", async () => {
    const owner = await signup();
    const now = new Date();
    await insertKeys(owner.tenantId, "old-", 2300, new Date(now.getTime() - HOUR_MS));
    await insertKeys(owner.tenantId, "new-", 10, new Date(now.getTime() + HOUR_MS));
    vi.useFakeTimers({ now, toFake: ["Date"] });

    await runCron();
    const afterOne = await keysOf(owner.tenantId);
    expect(afterOne.filter((key) => key.startsWith("old-"))).toHaveLength(300);
    expect(afterOne.filter((key) => key.startsWith("new-"))).toHaveLength(10);

    await runCron();
    expect(await keysOf(owner.tenantId)).toHaveLength(10);
  });

  it("leaves a tenant being deleted to its cascade", async () => {
    const owner = await signup();
    await insertKeys(owner.tenantId, "old-", 3, new Date(Date.now() - HOUR_MS));
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    await runCron();
    expect(await keysOf(owner.tenantId)).toHaveLength(3);
  });
});
