import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/**
 * `INSERT … SELECT <row> WHERE <condition>`: the row is written only if the condition holds when
 * the statement runs, so a check and the write it guards cannot be separated by another writer.
 * Every column is given, in the table's order: a column the row leaves out gets its default, and
 * a value given as SQL is computed by the statement itself. With `from`, it is
 * `SELECT <row> FROM <from> WHERE <condition>`: the condition and the values given as SQL read
 * that table's row, and one row is written for each row the condition selects (name its columns
 * with the table: in a subquery, a bare name may mean the subquery's own). `from` may be a
 * subquery with its alias too.
 */
export function insertIf<T extends SQLiteTable>(
  db: Db,
  table: T,
  row: { [K in keyof T["$inferInsert"]]: T["$inferInsert"][K] | SQL },
  condition: SQL,
  from?: SQLiteTable | SQL,
) {
  const values = Object.entries(getTableColumns(table)).map(([key, column]) => {
    const given = (row as Record<string, unknown>)[key];
    if (is(given, SQL)) return given;
    const value = given !== undefined ? given : (column.defaultFn?.() ?? column.default ?? null);
    return sql.param(value, column);
  });
  const source = from ? sql` FROM ${from}` : sql``;
  return db
    .insert(table)
    .select(sql`SELECT ${sql.join(values, sql`, `)}${source} WHERE ${condition}`);
}
