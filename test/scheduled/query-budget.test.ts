import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ARCHIVE_MAX_PACKS, ARCHIVE_MAX_PARTS } from "../../src/archive/sweep";
import { SEAL_ENTRIES_PER_TENANT, SEAL_TENANTS_PER_RUN } from "../../src/audit/seal";
import { MAX_CALL_DURATION_SECONDS } from "../../src/calls/sweep";
import { ARCHIVE_CRON, MAINTENANCE_CRON, runCellSweeps, SEAL_CRON } from "../../src/scheduled";
import { signup, updateTenant } from "../support/api-client";
import { sealAll } from "../support/audit";
import { US_CELL } from "../support/cells";
import { countingD1 } from "../support/counting-d1";
import { daysBefore, partsOf, seedHistory } from "../support/history";

// What D1 allows one Worker invocation: the Cron Trigger's sweeps all share it.
const QUERIES_PER_INVOCATION = 1000;

afterEach(() => vi.restoreAllMocks());

/** `count` rows made by `select`, which sees the row's number as `n` (1 to count). */
const seed = (count: number, insert: string, select: string, ...values: unknown[]) =>
  env.CELL_US_1.prepare(
    `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count})
     ${insert} SELECT ${select} FROM seq`,
  )
    .bind(...values)
    .run();

describe("the scheduled run", () => {
  it("stays inside one invocation's D1 queries with every sweep's backlog full", {
    timeout: 60_000,
  }, async () => {
    const owner = await signup();
    expect(
      (
        await updateTenant(owner, {
          recording_retention_days: 1,
          webhook_url: "https://hooks.example.com/calls",
          webhook_events: ["call.ended"],
        })
      ).status,
    ).toBe(200);
    const longAgo = new Date(Date.now() - (MAX_CALL_DURATION_SECONDS + 3600) * 1000 * 30);
    const at = longAgo.toISOString();
    const columns = `INSERT INTO calls (id, tenant_id, agent_id, direction, from_number, to_number,
      status, started_at, ended_at, duration_seconds, ended_reason, recording_key, recording_size,
      recording_content_type, recording_sha256, created_at, updated_at)`;
    // Calls past the maximum duration, each with a call.ended to deliver.
    await seed(
      400,
      columns,
      `'overdue-' || n, ?1, NULL, 'inbound', '+1', '+2', 'active', ?2, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, ?2, ?2`,
      owner.tenantId,
      at,
    );
    // Recordings past the tenant's retention.
    await seed(
      400,
      columns,
      `'recorded-' || n, ?1, NULL, 'inbound', '+1', '+2', 'ended', ?2, ?2, 0, 'completed',
       'tenants/' || ?1 || '/recordings/' || n, 1, 'audio/wav', 'x', ?2, ?2`,
      owner.tenantId,
      at,
    );
    // Expired stored responses.
    await seed(
      5000,
      "INSERT INTO idempotency_keys (tenant_id, key, request_hash, created_at, expires_at)",
      "?1, 'key-' || n, 'h', ?2, ?2",
      owner.tenantId,
      at,
    );
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);

    const d1 = countingD1(env.CELL_US_1);
    // A cell's sweeps, in the invocation its message gets.
    await runCellSweeps({ ...env, CELL_US_1: d1.binding }, US_CELL, MAINTENANCE_CRON, new Date());
    // Every sweep did work up to its cap, so the count is the worst case of a run.
    const left = await env.CELL_US_1.prepare(
      `SELECT (SELECT count(*) FROM calls WHERE status = 'active') AS active,
        (SELECT count(*) FROM calls WHERE recording_key IS NOT NULL) AS recordings,
        (SELECT count(*) FROM idempotency_keys) AS keys`,
    ).first<{ active: number; recordings: number; keys: number }>();
    expect(left?.active).toBeGreaterThan(0);
    expect(left?.active).toBeLessThan(400);
    expect(left?.recordings).toBeGreaterThan(0);
    expect(left?.recordings).toBeLessThan(400);
    expect(left?.keys).toBeGreaterThan(0);
    expect(left?.keys).toBeLessThan(5000);
    expect(d1.statements).toBeLessThanOrEqual(QUERIES_PER_INVOCATION);
    console.info(JSON.stringify({ scheduled_run: { statements: d1.statements } }));
  });

  it("the archive's trigger stays inside its own invocation's D1 queries at its cap", {
    timeout: 60_000,
  }, async () => {
    // The most queries a run can take: parts of one row each, a month apart, more than it writes.
    const now = new Date();
    const owners = [];
    for (let t = 0; t < 5; t++) {
      const owner = await signup();
      owners.push(owner);
      for (let month = 0; month < 26; month++) {
        await seedHistory(owner.tenantId, daysBefore(now, 40 + 31 * month), { entries: 1 });
      }
      // Rollups of a call every 8 days: a packing step each, more than a run takes.
      await seed(
        100,
        `INSERT INTO call_rollups (tenant_id, dimension, slot, group_key, calls, completed_calls,
          total_duration_seconds, max_duration_seconds)`,
        "?1, 'all', ?2 - n * 8 * 96, '', 1, 1, 60, 60",
        owner.tenantId,
        Math.floor(daysBefore(now, 400).getTime() / 900_000),
      );
    }
    const d1 = countingD1(env.CELL_US_1);
    await runCellSweeps({ ...env, CELL_US_1: d1.binding }, US_CELL, ARCHIVE_CRON, now);
    let parts = 0;
    for (const owner of owners) parts += (await partsOf(owner.tenantId)).length;
    expect(parts).toBe(ARCHIVE_MAX_PARTS);
    const packed = await env.CELL_US_1.prepare("SELECT count(*) AS n FROM call_rollup_days").first<{
      n: number;
    }>();
    expect(packed?.n).toBe(ARCHIVE_MAX_PACKS);
    expect(d1.statements).toBeLessThanOrEqual(QUERIES_PER_INVOCATION);
    console.info(JSON.stringify({ archive_run: { parts, statements: d1.statements } }));
  });

  it("the sealing trigger stays inside its own invocation's D1 queries at its cap", {
    timeout: 60_000,
  }, async () => {
    // More tenants with entries to seal than a run takes, each with more entries than it seals;
    // nothing else left to seal.
    await sealAll();
    const owners = [];
    for (let t = 0; t < SEAL_TENANTS_PER_RUN + 5; t++) owners.push(await signup());
    for (const owner of owners) {
      await seed(
        SEAL_ENTRIES_PER_TENANT + 10,
        `INSERT INTO activity_logs (id, tenant_id, actor_type, actor_id, action, target_type,
          target_id, changes, request_id, created_at, seq)`,
        "?1 || '-entry-' || n, ?1, 'user', ?1, 'tenant.updated', 'tenant', ?1, '{}', 'r', ?2, n + 1",
        owner.tenantId,
        new Date().toISOString(),
      );
    }
    const d1 = countingD1(env.CELL_US_1);
    await runCellSweeps({ ...env, CELL_US_1: d1.binding }, US_CELL, SEAL_CRON, new Date());
    const sealed = await env.CELL_US_1.prepare(
      `SELECT count(DISTINCT tenant_id) AS tenants, count(*) AS entries FROM activity_logs
       WHERE hash IS NOT NULL AND tenant_id IN (SELECT value FROM json_each(?))`,
    )
      .bind(JSON.stringify(owners.map((owner) => owner.tenantId)))
      .first<{ tenants: number; entries: number }>();
    expect(sealed?.tenants).toBe(SEAL_TENANTS_PER_RUN);
    expect(sealed?.entries).toBe(SEAL_TENANTS_PER_RUN * SEAL_ENTRIES_PER_TENANT);
    expect(d1.statements).toBeLessThanOrEqual(QUERIES_PER_INVOCATION);
    console.info(JSON.stringify({ seal_run: { statements: d1.statements } }));
  });
});
