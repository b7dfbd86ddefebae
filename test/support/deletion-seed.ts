import { env } from "cloudflare:workers";
import { is } from "drizzle-orm";
import { getTableConfig, type SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { expect } from "vitest";
import { tableRow } from "../../src/db/compiled";
import * as schema from "../../src/db/schema";
import { deletionJobs } from "../../src/db/schema";
import { tenantTables } from "../../src/db/tenant-tables";

/**
 * Every table with a `tenant_id` column, enumerated here from the schema on its own (not with
 * the code under test), so a table added later is held to the same checks.
 */
export const tablesWithTenantId = () =>
  (Object.values(schema) as unknown[])
    .filter((value): value is SQLiteTable => is(value, SQLiteTable))
    .map(getTableConfig)
    .filter((config) => config.columns.some((column) => column.name === "tenant_id"))
    .map((config) => config.name);

/** The deletion receipt keeps the tenant id on purpose, in the control plane. */
export const RECEIPT_TABLE = "deletion_receipts";
/** The control plane's tables that hold rows of a tenant. */
const CONTROL_TABLES = ["users", "tenant_directory", RECEIPT_TABLE];

// Every text value names its tenant, column and row, so a value found where it should not be
// (another tenant, an export) says where it came from.
function seedValue(column: SQLiteColumn, foreignColumn: string | undefined): string {
  if (column.name === "tenant_id") return "?2";
  // Outside the audit chain, whose numbers the tenant's own entries hold.
  if (column.name === "seq") return "NULL";
  if (column.dataType === "json") return `'{"seeded":true}'`;
  if (column.dataType === "boolean") return "i % 2";
  if (column.dataType === "number") return "i";
  return `?2 || '-${foreignColumn ?? column.name}-' || i`;
}

/**
 * `count` rows of the tenant's in `table`, every column filled. A foreign key to another seeded
 * table points at that table's row with the same number, so parents must be seeded first.
 */
async function seedTable(table: SQLiteTable, tenantId: string, count: number) {
  const config = getTableConfig(table);
  const foreign = new Map<string, string>();
  for (const key of config.foreignKeys) {
    const reference = key.reference();
    reference.columns.forEach((column, i) => {
      const target = reference.foreignColumns[i];
      if (column.name !== "tenant_id" && target) foreign.set(column.name, target.name);
    });
  }
  // A table keyed by the tenant alone (the audit chain's head) holds one row of it.
  const rows = config.columns.some((column) => column.name === "tenant_id" && column.primary)
    ? 1
    : count;
  const names = config.columns.map((column) => `"${column.name}"`).join(", ");
  const values = config.columns.map((column) => seedValue(column, foreign.get(column.name)));
  await env.CELL_US_1.prepare(
    `WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?1)
     INSERT INTO "${config.name}" (${names}) SELECT ${values.join(", ")} FROM seq`,
  )
    .bind(rows, tenantId)
    .run();
}

/** `count` rows in every tenant table of its cell, parents first. */
export async function seedTenantRows(tenantId: string, count: number) {
  for (const owned of [...tenantTables()].reverse()) await seedTable(owned.table, tenantId, count);
}

/** Objects under both of the tenant's prefixes: knowledge-base files and call recordings. */
export async function putTenantBlobs(tenantId: string, count: number) {
  const keys = Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? `tenants/${tenantId}/files/file-${i}`
      : `tenants/${tenantId}/recordings/call-${i}`,
  );
  for (let i = 0; i < keys.length; i += 500) {
    await Promise.all(
      keys.slice(i, i + 500).map((key) => env.BLOBS_US.put(key, `bytes of ${key}`)),
    );
  }
  return keys;
}

/** The keys under `prefix`, in every region's bucket. */
export async function blobKeys(prefix: string) {
  const keys: string[] = [];
  for (const bucket of [env.BLOBS_US, env.BLOBS_EU]) {
    let cursor: string | undefined;
    for (;;) {
      const page = await bucket.list({ prefix, cursor });
      keys.push(...page.objects.map((object) => object.key));
      if (!page.truncated) break;
      cursor = page.cursor;
    }
  }
  return keys;
}

/**
 * The tenant's rows in `table` (the tenant row itself for `tenants`), in every cell, or in the
 * control plane for its own tables.
 */
export async function rowsOf(table: string, tenantId: string) {
  return (await rowsOfTables([table], tenantId))[table] ?? [];
}

/** `rowsOf` each of `tables`, each database read in one batch. */
async function rowsOfTables(tables: string[], tenantId: string) {
  const byDatabase = new Map<D1Database, string[]>();
  for (const table of tables) {
    const databases = CONTROL_TABLES.includes(table) ? [env.DB] : [env.CELL_US_1, env.CELL_EU_1];
    for (const d1 of databases) byDatabase.set(d1, [...(byDatabase.get(d1) ?? []), table]);
  }
  const rows: Record<string, Record<string, unknown>[]> = Object.fromEntries(
    tables.map((table) => [table, []]),
  );
  // In the order rowsOf has always read them: the cells in turn, then the control plane.
  for (const d1 of [env.CELL_US_1, env.CELL_EU_1, env.DB]) {
    const read = byDatabase.get(d1) ?? [];
    if (read.length === 0) continue;
    const results = await d1.batch<Record<string, unknown>>(
      read.map((table) => {
        const column = table === "tenants" || table === "users" ? "id" : "tenant_id";
        const where = table === "users" ? `"tenant_id" = ?` : `"${column}" = ?`;
        return d1.prepare(`SELECT * FROM "${table}" WHERE ${where} ORDER BY rowid`).bind(tenantId);
      }),
    );
    for (const [i, table] of read.entries()) rows[table]?.push(...(results[i]?.results ?? []));
  }
  return rows;
}

/**
 * Everything the tenant has, row for row and key for key, in every cell, bucket and the control
 * plane: to compare before and after.
 */
export async function snapshotTenant(tenantId: string) {
  const tables = await rowsOfTables(
    ["tenants", ...tablesWithTenantId(), ...CONTROL_TABLES],
    tenantId,
  );
  return { tables, blobs: await blobKeys(`tenants/${tenantId}/`) };
}

export type Snapshot = Awaited<ReturnType<typeof snapshotTenant>>;

/** The counts a completed job should show: every object and every row the snapshot holds. */
export function countsOf(snapshot: Snapshot) {
  const counts: Record<string, number> = { r2_objects: snapshot.blobs.length };
  for (const [table, rows] of Object.entries(snapshot.tables)) {
    if (!["deletion_jobs", "tenant_directory", RECEIPT_TABLE].includes(table)) {
      counts[table] = rows.length;
    }
  }
  return counts;
}

/** Nothing of the tenant's is left but its deletion receipt. */
export function expectNothingLeft(snapshot: Snapshot) {
  for (const [table, rows] of Object.entries(snapshot.tables)) {
    expect(rows.length, `rows left in ${table}`).toBe(table === RECEIPT_TABLE ? 1 : 0);
  }
  expect(snapshot.blobs).toEqual([]);
}

/** The tenant's deletion job in its cell, or once it completed, its receipt. */
export async function jobOrReceiptOf(tenantId: string) {
  for (const [d1, table] of [
    [env.CELL_US_1, "deletion_jobs"],
    [env.CELL_EU_1, "deletion_jobs"],
    [env.DB, RECEIPT_TABLE],
  ] as const) {
    const row = await d1
      .prepare(`SELECT * FROM "${table}" WHERE tenant_id = ?`)
      .bind(tenantId)
      .first<Record<string, unknown>>();
    if (row) return tableRow(deletionJobs)(row);
  }
  return undefined;
}
