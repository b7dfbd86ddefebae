import { getTableColumns, sql } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Actor, insertActivityIfChanged, REDACTED } from "../activity/queries";
import type { Db } from "../db/client";
import { tenants, unreadableSecrets } from "../db/schema";
import { allTables, tableName } from "../db/tables";
import { nowIso } from "../lib/ids";
import {
  DecryptionError,
  decryptSecret,
  encryptSecret,
  keyring,
  type SecretContext,
} from "../lib/secrets";

/** A column holding ciphertexts: its name ends in `_enc`; the field it seals is the rest. */
type SealedColumn = {
  source: SQLiteTable;
  /** The column's property in the Drizzle table, for typed updates. */
  key: string;
  table: string;
  column: string;
  field: string;
  tenantColumn: string;
  /** The column naming the row within its tenant: `id`, or the rest of a key with `tenant_id`. */
  rowColumn: string;
};

const rowColumnOf = (source: SQLiteTable) =>
  getTableConfig(source)
    .primaryKeys[0]?.columns.map((column) => column.name)
    .find((name) => name !== "tenant_id") ?? "id";

export function sealedColumns(): SealedColumn[] {
  return allTables().flatMap((source) => {
    const columns = Object.entries(getTableColumns(source));
    const tenantColumn = columns.some(([, c]) => c.name === "tenant_id") ? "tenant_id" : "id";
    return columns
      .filter(([, c]) => c.name.endsWith("_enc"))
      .map(([key, c]) => ({
        source,
        key,
        table: tableName(source),
        column: c.name,
        field: c.name.slice(0, -4),
        tenantColumn,
        rowColumn: rowColumnOf(source),
      }));
  });
}

export const contextOf = (
  sealed: SealedColumn,
  row: { id: string; tenant: string },
): SecretContext => ({
  tenantId: row.tenant,
  table: sealed.table,
  rowId: row.id,
  field: sealed.field,
});

type StaleRow = { id: string; tenant: string; value: string };

/**
 * Values still to move: sealed with another key, not already found unreadable (as they are now),
 * and not of a tenant being deleted (the write fence refuses writes under it; its secrets go
 * with it) or moved (taken up once it has arrived).
 */
function stale(sealed: SealedColumn, currentKid: string) {
  const column = sql.identifier(sealed.column);
  const current = `v1.${currentKid}.`;
  return sql`${column} IS NOT NULL
    AND substr(${column}, 1, ${current.length}) <> ${current}
    AND NOT EXISTS (SELECT 1 FROM ${unreadableSecrets} WHERE
      ${unreadableSecrets.tableName} = ${sealed.table}
      AND ${unreadableSecrets.columnName} = ${sealed.column}
      AND ${unreadableSecrets.rowId} = ${sql.identifier(sealed.rowColumn)}
      AND substr(${column}, 1, length(${unreadableSecrets.sealedPrefix})) = ${unreadableSecrets.sealedPrefix})
    AND ${sql.identifier(sealed.tenantColumn)} NOT IN
      (SELECT ${tenants.id} FROM ${tenants} WHERE ${tenants.status} NOT IN ('active', 'inactive'))`;
}

const staleRows = (db: Db, sealed: SealedColumn, currentKid: string, limit: number) =>
  db.all<StaleRow>(sql`
    SELECT ${sql.identifier(sealed.rowColumn)} AS id, ${sql.identifier(sealed.tenantColumn)} AS tenant, ${sql.identifier(sealed.column)} AS value
    FROM ${sql.identifier(sealed.table)}
    WHERE ${stale(sealed, currentKid)}
    ORDER BY ${sql.identifier(sealed.rowColumn)} LIMIT ${limit}`);

const countStale = (db: Db, sealed: SealedColumn, currentKid: string) =>
  db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM ${sql.identifier(sealed.table)} WHERE ${stale(sealed, currentKid)}`);

/** A ciphertext's public head, `v1.<kid>.<iv>.`: the same value, and only it, starts with it. */
const sealedPrefixOf = (value: string) => `${value.split(".").slice(0, 3).join(".")}.`;

/** Records where an unreadable value is, so later steps neither count it nor spend on it. */
const recordUnreadable = (db: Db, sealed: SealedColumn, row: StaleRow, reason: string) => {
  const found = { sealedPrefix: sealedPrefixOf(row.value), reason, foundAt: nowIso() };
  return db
    .insert(unreadableSecrets)
    .values({
      tenantId: row.tenant,
      tableName: sealed.table,
      columnName: sealed.column,
      rowId: row.id,
      ...found,
    })
    .onConflictDoUpdate({
      target: [unreadableSecrets.tableName, unreadableSecrets.columnName, unreadableSecrets.rowId],
      set: found,
    });
};

export type ReencryptResult = { reencrypted: number; unreadable: number; remaining: number };

/**
 * One bounded step of a key rotation: re-seals up to `limit` values not sealed with the current
 * key, each with its tenant's activity-log entry. Each write is guarded by the old ciphertext, so
 * a value changed meanwhile is left alone (and logs nothing).
 * A value that no key in the ring opens is logged and recorded (where, never what), once, and
 * left as it is: it no longer counts as remaining, so the operator's loop ends.
 */
export async function reencryptStep(
  db: Db,
  actor: Actor,
  keys: string,
  limit: number,
): Promise<ReencryptResult> {
  const { current } = await keyring(keys);
  let budget = limit;
  let reencrypted = 0;
  let unreadable = 0;
  const writes = [];
  for (const sealed of sealedColumns()) {
    if (budget === 0) break;
    for (const row of await staleRows(db, sealed, current, budget)) {
      budget--;
      const context = contextOf(sealed, row);
      try {
        const plaintext = await decryptSecret(keys, row.value, context);
        const fresh = await encryptSecret(keys, plaintext, context);
        writes.push(
          db
            .update(sealed.source)
            .set({ [sealed.key]: fresh })
            .where(
              sql`${sql.identifier(sealed.rowColumn)} = ${row.id} AND ${sql.identifier(sealed.tenantColumn)} = ${row.tenant} AND ${sql.identifier(sealed.column)} = ${row.value}`,
            ),
          insertActivityIfChanged(db, actor, {
            tenantId: row.tenant,
            action: "secret.reencrypted",
            targetType: sealed.table,
            targetId: row.id,
            changes: { [sealed.field]: { from: REDACTED, to: REDACTED } },
          }),
        );
        reencrypted++;
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        unreadable++;
        writes.push(recordUnreadable(db, sealed, row, error.message));
        console.error(
          JSON.stringify({
            level: "error",
            event: "secret_unreadable",
            table: sealed.table,
            column: sealed.column,
            row_id: row.id,
            reason: error.message,
          }),
        );
      }
    }
  }
  if (writes.length > 0) await db.batch(writes as [(typeof writes)[number], ...typeof writes]);
  return { reencrypted, unreadable, remaining: await countRemaining(db, current) };
}

/** The values of this database still to move to `currentKid`. */
export async function countRemaining(db: Db, currentKid: string) {
  let remaining = 0;
  for (const sealed of sealedColumns())
    remaining += (await countStale(db, sealed, currentKid))?.n ?? 0;
  return remaining;
}
