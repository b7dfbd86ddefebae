import { getTableConfig } from "drizzle-orm/sqlite-core";
import type { MoveTally } from "../db/control-schema";
import { type TenantTable, tenantTables } from "../db/tenant-tables";
import { toHex } from "../lib/hex";
import { once } from "../lib/once";

/** Rows a copy or a tally step reads from one table at most. */
export const ROWS_PER_MOVE_STEP = 500;
// One insert's JSON at most: D1 takes a bound value of up to 2 MB.
const MAX_INSERT_BYTES = 512 * 1024;

/**
 * The tables a move copies, parents before children (so every foreign key finds its row), the
 * tenant row apart: it is placed first, `arriving`.
 */
export const copiedTables = once(() =>
  [...tenantTables()].reverse().filter((owned) => owned.name !== "tenants"),
);

export const copiedTableNamed = (name: string): TenantTable => {
  const owned = copiedTables().find((table) => table.name === name);
  if (!owned) throw new Error(`a move copies no table ${name}`);
  return owned;
};

const columnsOf = (owned: TenantTable) =>
  getTableConfig(owned.table).columns.map((column) => column.name);

/** The table's primary key columns: a composite key's, or the one column marked primary. */
function primaryKeyOf(owned: TenantTable) {
  const config = getTableConfig(owned.table);
  const composite = config.primaryKeys[0]?.columns.map((column) => column.name);
  return composite ?? config.columns.filter((column) => column.primary).map((c) => c.name);
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A page of the tenant's rows of `owned` in `d1`, in rowid order after `after`: each row's
 * columns in the schema's order, as SQLite stores them, and the last rowid read.
 */
export async function readPage(
  d1: D1Database,
  owned: TenantTable,
  tenantId: string,
  after: number,
): Promise<{ rows: unknown[][]; last: number; done: boolean }> {
  const columns = columnsOf(owned).map(quoted).join(", ");
  const results = await d1
    .prepare(
      `SELECT rowid, ${columns} FROM ${quoted(owned.name)}
       WHERE tenant_id = ?1 AND rowid > ?2 ORDER BY rowid LIMIT ?3`,
    )
    .bind(tenantId, after, ROWS_PER_MOVE_STEP)
    .raw<unknown[]>();
  const rows = results.map((row) => row.slice(1));
  const last = results.length > 0 ? Number(results.at(-1)?.[0]) : after;
  return { rows, last, done: results.length < ROWS_PER_MOVE_STEP };
}

/**
 * Where overwriting a row with its copy could undo an ending, how the two meet instead, column by
 * column: a session ended in either cell stays ended (the earlier end kept), a spent refresh token
 * stays spent. A request ending a session while its tenant moves writes it in both cells
 * (src/access/move-mirror.ts), and the copy may read the source before that write and land after
 * it: in whatever order they come, the new cell ends with every ending of both.
 */
// In an upsert's SET, a bare column is the row already there; `excluded.` the copy's.
const MERGED: Record<string, Record<string, string>> = {
  sessions: {
    revoked_at: "coalesce(revoked_at,excluded.revoked_at)",
    revoked_reason: "iif(revoked_at IS NULL,excluded.revoked_reason,revoked_reason)",
    expires_at: "min(expires_at,excluded.expires_at)",
    refreshed_at: "nullif(max(coalesce(refreshed_at,''),coalesce(excluded.refreshed_at,'')),'')",
  },
  refresh_tokens: { status: "iif(status='spent',status,excluded.status)" },
};

/** The tables whose rows a request may write while the tenant moves: its credentials' endings. */
export const MERGED_TABLES = Object.keys(MERGED);

/**
 * Writes rows read by `readPage` into the same table of another cell, as they were: one JSON
 * parameter a statement (D1 binds at most 100 values a statement), in as few statements as fit,
 * all in one batch. A row already there (a repeated step, a copy made again) is overwritten by
 * its primary key, so the copy ends as the source is; but for the endings `MERGED` keeps. With
 * `onlyWhile`, rows are written only while the tenant's row in that cell has one of the statuses,
 * in the same statement.
 */
export async function insertPage(
  d1: D1Database,
  owned: TenantTable,
  rows: unknown[][],
  onlyWhile?: { tenantId: string; statuses: string[] },
) {
  if (rows.length === 0) return;
  const names = columnsOf(owned);
  const key = primaryKeyOf(owned);
  const merged = MERGED[owned.name] ?? {};
  const values = names.map((_, i) => `value ->> ${i}`).join(", ");
  const set = names
    .filter((name) => !key.includes(name))
    .map((name) => `${quoted(name)} = ${merged[name] ?? `excluded.${quoted(name)}`}`)
    .join(", ");
  // `WHERE true`: SQLite needs it to read an upsert's SELECT.
  const guard = onlyWhile
    ? `EXISTS (SELECT 1 FROM "tenants" WHERE "id" = ?2 AND "status" IN (SELECT value FROM json_each(?3)))`
    : "true";
  const statement = `INSERT INTO ${quoted(owned.name)} (${names.map(quoted).join(", ")})
    SELECT ${values} FROM json_each(?1) WHERE ${guard}
    ON CONFLICT (${key.map(quoted).join(", ")}) DO UPDATE SET ${set}`;
  const chunks: string[] = [];
  let chunk: string[] = [];
  let bytes = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (chunk.length > 0 && bytes + json.length > MAX_INSERT_BYTES) {
      chunks.push(`[${chunk.join(",")}]`);
      chunk = [];
      bytes = 0;
    }
    chunk.push(json);
    bytes += json.length;
  }
  chunks.push(`[${chunk.join(",")}]`);
  const bind = (json: string) =>
    onlyWhile
      ? d1.prepare(statement).bind(json, onlyWhile.tenantId, JSON.stringify(onlyWhile.statuses))
      : d1.prepare(statement).bind(json);
  await d1.batch(chunks.map(bind));
}

/**
 * The tenant's rows of `owned` in `d1` whose `column` is one of `values`, as `readPage` reads
 * them (each row's columns in the schema's order).
 */
export async function readRowsWhere(
  d1: D1Database,
  owned: TenantTable,
  tenantId: string,
  column: string,
  values: string[],
): Promise<unknown[][]> {
  if (values.length === 0) return [];
  const columns = columnsOf(owned).map(quoted).join(", ");
  return d1
    .prepare(
      `SELECT ${columns} FROM ${quoted(owned.name)}
       WHERE tenant_id = ?1 AND ${quoted(column)} IN (SELECT value FROM json_each(?2))`,
    )
    .bind(tenantId, JSON.stringify(values))
    .raw<unknown[]>();
}

const MOD = 1n << 64n;

/**
 * A page's rows added to a tally: their count, and the sum (mod 2^64) of the first 8 bytes of
 * each row's SHA-256 over its JSON. The sum does not depend on the order of the rows, so both
 * cells' tallies agree exactly when they hold the same rows, whatever their rowids.
 */
export async function addToTally(tally: MoveTally, rows: unknown[][]): Promise<MoveTally> {
  let sum = BigInt(`0x${tally.sum || "0"}`);
  for (const row of rows) {
    const digest = await crypto.subtle.digest(
      "SHA-256",
      new TextEncoder().encode(JSON.stringify(row)),
    );
    sum = (sum + BigInt(`0x${toHex(new Uint8Array(digest, 0, 8))}`)) % MOD;
  }
  return { rows: tally.rows + rows.length, sum: sum.toString(16) };
}

export const EMPTY_TALLY: MoveTally = { rows: 0, sum: "0" };
