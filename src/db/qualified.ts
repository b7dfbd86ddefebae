import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * `column` as `"table"."column"`. Drizzle writes a bare column name in a query over one table,
 * and a subquery over two (a join, or a condition on the outer row) must say whose column it is.
 */
export const qualified = (column: SQLiteColumn): SQL =>
  sql`${column.table}.${sql.identifier(column.name)}`;
