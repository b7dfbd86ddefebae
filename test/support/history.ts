import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { decodePart } from "../../src/archive/ndjson";
import { idFloorAt } from "../../src/lib/ids";
import { bucketOf, d1Of } from "./cells";

export const DAY = 24 * 60 * 60 * 1000;

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

let salt = 0;

/** SQL for the UUIDv7 of row `n` made at `ms`: the id a row written then would have had. */
const idAt = (ms: number) =>
  `'${idFloorAt(ms)}-7' || printf('%03x', n % 4096) || '-8' || printf('%03x', ${++salt % 4096}) || '-' || printf('%012x', n + ${salt * 100_000})`;

const seq = (count: number) =>
  `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count})`;

export type Seeded = { calls: string[]; entries: string[]; deliveries: string[] };

/**
 * History written straight into D1 as if at `at`: ended calls without a recording, activity
 * entries, and finished webhook deliveries with two attempts each. Returns the ids.
 */
export async function seedHistory(
  tenantId: string,
  at: Date,
  count: { calls?: number; entries?: number; deliveries?: number },
): Promise<Seeded> {
  const d1 = await d1Of(tenantId);
  const iso = at.toISOString();
  const ms = at.getTime();
  const ids = async (table: string, from: number) =>
    (
      await d1
        .prepare(
          `SELECT id FROM ${table} WHERE tenant_id = ? AND created_at = ? AND rowid > ? ORDER BY id`,
        )
        .bind(tenantId, iso, from)
        .all<{ id: string }>()
    ).results.map((row) => row.id);
  const maxRowid = async (table: string) =>
    (
      await d1.prepare(`SELECT coalesce(max(rowid), 0) AS m FROM ${table}`).first<{
        m: number;
      }>()
    )?.m ?? 0;

  const callsFrom = await maxRowid("calls");
  if (count.calls) {
    await d1
      .prepare(
        `${seq(count.calls)} INSERT INTO calls (id, tenant_id, agent_id, direction, from_number,
        to_number, status, started_at, ended_at, duration_seconds, ended_reason, created_at,
        updated_at)
       SELECT ${idAt(ms)}, ?1, NULL, 'inbound', '+14155550100', '+14155550101', 'ended', ?2, ?2,
         60, 'completed', ?2, ?2 FROM seq`,
      )
      .bind(tenantId, iso)
      .run();
  }
  const entriesFrom = await maxRowid("activity_logs");
  if (count.entries) {
    await d1
      .prepare(
        `${seq(count.entries)} INSERT INTO activity_logs (id, tenant_id, actor_id, action,
        target_type, target_id, changes, request_id, ip, user_agent, created_at)
       SELECT ${idAt(ms)}, ?1, ?1, 'agent.updated', 'agent', 'agent-' || n,
         '{"name":{"from":"a","to":"b"}}', 'req-' || n, '203.0.113.7', 'test', ?2 FROM seq`,
      )
      .bind(tenantId, iso)
      .run();
  }
  const deliveriesFrom = await maxRowid("webhook_deliveries");
  if (count.deliveries) {
    await d1
      .prepare(
        `${seq(count.deliveries)} INSERT INTO webhook_deliveries (id, tenant_id, event_type, payload,
        status, attempts, last_status_code, last_latency_ms, created_at, updated_at)
       SELECT ${idAt(ms)}, ?1, 'tenant.updated',
         json_object('type', 'tenant.updated', 'timestamp', ?2,
           'data', json_object('tenant_id', ?1, 'changed_fields', json_array('name'))),
         'succeeded', 2, 200, 12, ?2, ?2 FROM seq`,
      )
      .bind(tenantId, iso)
      .run();
    await d1
      .prepare(
        `INSERT INTO webhook_attempts (id, tenant_id, delivery_id, attempt, status_code, latency_ms,
        error, created_at)
       SELECT d.id || '-' || a.n, ?1, d.id, a.n, CASE a.n WHEN 1 THEN 500 ELSE 200 END, 12,
         CASE a.n WHEN 1 THEN 'HTTP 500' END, ?2
       FROM webhook_deliveries d, (SELECT 1 AS n UNION ALL SELECT 2) a
       WHERE d.tenant_id = ?1 AND d.created_at = ?2 AND d.rowid > ?3`,
      )
      .bind(tenantId, iso, deliveriesFrom)
      .run();
  }
  return {
    calls: await ids("calls", callsFrom),
    entries: await ids("activity_logs", entriesFrom),
    deliveries: await ids("webhook_deliveries", deliveriesFrom),
  };
}

/** How many of `ids` are still rows of `table`. */
export async function rowsLeft(table: string, ids: string[]) {
  const row = await env.CELL_US_1.prepare(
    `SELECT count(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
  )
    .bind(JSON.stringify(ids))
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export type StoredPart = {
  id: string;
  table_name: string;
  period: string;
  part: number;
  status: string;
  rows: number;
  bytes: number | null;
  sha256: string | null;
};

export const partsOf = async (tenantId: string) =>
  (
    await (
      await d1Of(tenantId)
    )
      .prepare("SELECT * FROM archive_parts WHERE tenant_id = ? ORDER BY table_name, period, part")
      .bind(tenantId)
      .all<StoredPart>()
  ).results;

/** Every archived row of the tenant, read from its complete parts' objects in R2. */
export async function archivedRows(tenantId: string) {
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const part of await partsOf(tenantId)) {
    if (part.status !== "complete") continue;
    const key = `tenants/${tenantId}/archive/${part.table_name}/${part.period}/${String(part.part).padStart(5, "0")}.ndjson.gz`;
    const object = await (await bucketOf(tenantId)).get(key);
    expect(object, key).not.toBeNull();
    const text = await new Response(decodePart((object as R2ObjectBody).body)).text();
    const lines = text.split("\n").filter(Boolean);
    expect(lines.length, key).toBe(part.rows);
    rows[part.table_name] = [
      ...(rows[part.table_name] ?? []),
      ...lines.map((line) => JSON.parse(line)),
    ];
  }
  return rows;
}

/** Each id is in D1 or in a complete part, exactly once. */
export async function expectEachExactlyOnce(tenantId: string, seeded: Seeded) {
  const archived = await archivedRows(tenantId);
  const tables = {
    calls: seeded.calls,
    activity_logs: seeded.entries,
    webhook_deliveries: seeded.deliveries,
  };
  for (const [table, ids] of Object.entries(tables)) {
    const inArchive = (archived[table] ?? []).map((row) => row.id as string);
    for (const id of ids) {
      const inD1 = await rowsLeft(table, [id]);
      const copies = inD1 + inArchive.filter((archivedId) => archivedId === id).length;
      expect(copies, `${table} ${id}`).toBe(1);
    }
  }
}

/** The tenant's archive objects in R2, by key. */
export async function archiveObjects(tenantId: string) {
  const listed = await (await bucketOf(tenantId)).list({
    prefix: `tenants/${tenantId}/archive/`,
  });
  return listed.objects.map((object) => object.key);
}
