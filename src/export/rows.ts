import { and, getTableColumns, gt, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { isSecretColumn, secretFlagName } from "../db/tenant-tables";

export type Row = Record<string, unknown>;

/**
 * A row as exported: column names as in the database, values decoded (JSON, booleans), and in
 * place of a secret or a password hash only whether it is set.
 */
export function exportRow(table: SQLiteTable, row: Row): Row {
  const exported: Row = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (isSecretColumn(column.name)) {
      exported[secretFlagName(column.name)] = row[key] !== null && row[key] !== undefined;
    } else {
      exported[column.name] = row[key];
    }
  }
  return exported;
}

/**
 * The rows of `table` matching `where`, a page at a time in rowid order, so a table of any size
 * is read with bounded memory.
 */
export async function* pagesOf(
  db: Db,
  table: SQLiteTable,
  where: SQL | undefined,
  fields: Record<string, SQLiteColumn>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  const rowid = sql<number>`rowid`;
  let after = 0;
  for (;;) {
    const page = (await db
      .select({ ...fields, rowid })
      .from(table)
      .where(and(where, gt(rowid, after)))
      .orderBy(rowid)
      .limit(pageSize)) as (Row & { rowid: number })[];
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.rowid;
  }
}
