import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/**
 * `INSERT … SELECT <row> WHERE <condition>`: the row is written only if the condition holds when
 * the statement runs, so a check and the write it guards cannot be separated by another writer.
 * Every column is given, in the table's order: a column the row leaves out gets its default, and
 * a value given as SQL is computed by the statement itself.
 */
export function insertIf<T extends SQLiteTable>(
  db: Db,
  table: T,
  row: { [K in keyof T["$inferInsert"]]: T["$inferInsert"][K] | SQL },
  condition: SQL,
) {
  const values = Object.entries(getTableColumns(table)).map(([key, column]) => {
    const given = (row as Record<string, unknown>)[key];
    if (is(given, SQL)) return given;
    const value = given !== undefined ? given : (column.defaultFn?.() ?? column.default ?? null);
    return sql.param(value, column);
  });
  return db.insert(table).select(sql`SELECT ${sql.join(values, sql`, `)} WHERE ${condition}`);
}
