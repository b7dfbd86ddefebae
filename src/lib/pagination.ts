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
