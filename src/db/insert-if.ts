import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/**
 * `INSERT … SELECT <row> WHERE <condition>`: the row is written only if the condition holds when
 * the statement runs, so a check and the write it guards cannot be separated by another writer.
 * Every column is given (the row is complete), in the table's order.
 */
export function insertIf<T extends SQLiteTable>(
  db: Db,
  table: T,
  row: T["$inferSelect"],
  condition: SQL,
) {
  const values = Object.entries(getTableColumns(table)).map(([key, column]) =>
    sql.param((row as Record<string, unknown>)[key], column),
  );
  return db.insert(table).select(sql`SELECT ${sql.join(values, sql`, `)} WHERE ${condition}`);
}
