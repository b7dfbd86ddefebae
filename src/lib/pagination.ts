import { and, desc, lt, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteSelect } from "drizzle-orm/sqlite-core";
import * as z from "zod";

/** A cursor is the last id of the page before (a UUID), so anything else cannot be one. */
const Cursor = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "Must be a next_cursor")
  .describe("The next_cursor of the page before");

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("Items per page"),
  cursor: Cursor.optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    next_cursor: Cursor.nullable().describe("The cursor of the next page; null on the last"),
  });

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

/** The ids of the page `newestFirst` reads, without its extra row: the ones a client is served. */
export function pageIds<Q extends SQLiteSelect>(
  query: Q,
  id: SQLiteColumn,
  page: { limit: number; cursor?: string | undefined },
  ...filters: (SQL | undefined)[]
) {
  return newestFirst(query, id, page, ...filters).limit(page.limit);
}
