import { and, desc, lt, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteSelect } from "drizzle-orm/sqlite-core";
import * as z from "zod";

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(64).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next_cursor: z.string().nullable() });

/**
 * Lists are ordered by id, newest first (ids are UUIDv7), and fetched with one extra row:
 * its presence says whether another page exists.
 */
export function toPage<Row extends { id: string }, Item>(
  rows: Row[],
  limit: number,
  serialize: (row: Row) => Item,
) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(serialize),
    next_cursor: rows.length > limit && last ? last.id : null,
  };
}

/**
 * The query half of `toPage`: `query` (a `$dynamic()` select) narrowed to `filters`, the rows
 * after the cursor, newest first, one more than the page.
 */
export function newestFirst<Q extends SQLiteSelect>(
  query: Q,
  id: SQLiteColumn,
  page: { limit: number; cursor?: string | undefined },
  ...filters: (SQL | undefined)[]
) {
  return query
    .where(and(...filters, page.cursor ? lt(id, page.cursor) : undefined))
    .orderBy(desc(id))
    .limit(page.limit + 1);
}
