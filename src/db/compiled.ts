import { fillPlaceholders, getTableColumns, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { once } from "../lib/once";
import type { Db } from "./client";

type Compilable = SQLWrapper & { toSQL(): { sql: string; params: unknown[] } };

// Only ever compiles queries to SQL text; never runs one.
const compiler = once(() => drizzle({} as D1Database));

/**
 * A query compiled to SQL once per isolate. Drizzle compiles a query every time it runs, which
 * on the hottest routes costs more CPU than the rest of their JavaScript; here `build` runs on
 * first use and each call only binds its values, written in the query as `sql.placeholder(name)`
 * (bound as given: no column encoding applies to them). Returns a statement on the request's own
 * session, for `first()`, `all()` or `batchStatements`.
 */
export function compiledOnce<V extends Record<string, unknown>>(build: (db: Db) => Compilable) {
  const compiled = once(() => build(compiler()).toSQL());
  return (db: Db, values: V): D1PreparedStatement => {
    const { sql, params } = compiled();
    return db.$client.prepare(sql).bind(...fillPlaceholders(params, values));
  };
}

/** A drizzle query built for this call, as a statement to run next to compiled ones. */
export function statementOf(db: Db, query: Compilable): D1PreparedStatement {
  const { sql, params } = query.toSQL();
  return db.$client.prepare(sql).bind(...params);
}

/** Runs statements as one D1 batch (one transaction, one round trip); their raw rows each. */
export async function batchStatements(db: Db, statements: D1PreparedStatement[]) {
  const results = await db.$client.batch<Record<string, unknown>>(statements);
  return results.map((result) => result.results);
}

/**
 * Maps a raw row of `table`, as D1 returns it for a query selecting the whole table, to the row
 * drizzle would return: each column decoded by its own column type (JSON, booleans).
 */
export function tableRow<T extends SQLiteTable>(table: T) {
  const columns = Object.entries(getTableColumns(table));
  return (raw: Record<string, unknown>): T["$inferSelect"] => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = raw[column.name];
      row[key] = value === null ? null : column.mapFromDriverValue(value);
    }
    return row as T["$inferSelect"];
  };
}

/**
 * A row's values as drizzle binds them, for a compiled query whose placeholders take a column's
 * value: each encoded by its column (JSON, booleans), null as null, and a column the row leaves
 * out given its default, as `insertIf` gives it.
 */
export function driverValues<T extends SQLiteTable>(
  table: T,
  row: Partial<T["$inferInsert"]>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const given = (row as Record<string, unknown>)[key];
    const value = given !== undefined ? given : (column.defaultFn?.() ?? column.default ?? null);
    values[key] = value === null ? null : column.mapToDriverValue(value);
  }
  return values;
}

/** A placeholder for each of `table`'s columns, named by its key, as SQL for `insertIf`. */
export function columnPlaceholders<T extends SQLiteTable>(
  table: T,
): { [K in keyof T["$inferInsert"]]: SQL } {
  return Object.fromEntries(
    Object.keys(getTableColumns(table)).map((key) => [key, sql`${sql.placeholder(key)}`]),
  ) as { [K in keyof T["$inferInsert"]]: SQL };
}
