import { getTableColumns, sql } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { allTables, tableName } from "../db/tables";
import {
  DecryptionError,
  decryptSecret,
  encryptSecret,
  keyring,
  type SecretContext,
} from "../lib/secrets";
import { REDACTED } from "../tenants/update";

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

const staleRows = (db: Db, sealed: SealedColumn, currentKid: string, limit: number) =>
  db.all<StaleRow>(sql`
    SELECT ${sql.identifier(sealed.rowColumn)} AS id, ${sql.identifier(sealed.tenantColumn)} AS tenant, ${sql.identifier(sealed.column)} AS value
    FROM ${sql.identifier(sealed.table)}
    WHERE ${sql.identifier(sealed.column)} IS NOT NULL
      AND ${sql.identifier(sealed.column)} NOT LIKE ${`v1.${currentKid}.%`}
    ORDER BY ${sql.identifier(sealed.rowColumn)} LIMIT ${limit}`);

const countStale = (db: Db, sealed: SealedColumn, currentKid: string) =>
  db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM ${sql.identifier(sealed.table)}
    WHERE ${sql.identifier(sealed.column)} IS NOT NULL
      AND ${sql.identifier(sealed.column)} NOT LIKE ${`v1.${currentKid}.%`}`);

export type ReencryptResult = { reencrypted: number; unreadable: number; remaining: number };

/**
 * One bounded step of a key rotation: re-seals up to `limit` values not sealed with the current
 * key, each with its tenant's activity-log entry. Each write is guarded by the old ciphertext, so
 * a value changed meanwhile is left alone (and logs nothing).
 * A value that no key in the ring opens is logged (where, never what) and left as it is.
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
  let remaining = 0;
  for (const sealed of sealedColumns())
    remaining += (await countStale(db, sealed, current))?.n ?? 0;
  return { reencrypted, unreadable, remaining };
}
