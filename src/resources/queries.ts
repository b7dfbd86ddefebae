import { and, eq, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { type ActivityEntry, type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { insertIf } from "../db/insert-if";
import { newestFirst } from "../lib/pagination";

/** A table whose rows a tenant owns: keyed by `id`, every row carrying `tenant_id`. */
export type OwnedTable = SQLiteTable & {
  id: SQLiteColumn;
  tenantId: SQLiteColumn;
  createdAt: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

export type RowOf<T extends OwnedTable> = T["$inferSelect"] & {
  id: string;
  tenantId: string;
  createdAt: string;
  updatedAt: string;
};

export type NewRowOf<T extends OwnedTable> = T["$inferInsert"];

/** What the activity entry says beyond the target, which the query fills in. */
export type LogEntry = Pick<ActivityEntry, "action" | "targetType" | "changes">;

/**
 * What a write may add to its batch: `guard`, a condition the write itself checks (a quota, the
 * members a squad names), so it holds against parallel requests; `also`, statements that commit
 * with it, after the entry.
 */
export type WriteOptions = { guard?: SQL | undefined; also?: BatchItem<"sqlite">[] };

// Drizzle's builders cannot infer row types through a generic table; the casts below are the
// only place that gap is bridged, and `RowOf` is exactly what `select()` returns for `T`.
const asTable = (table: OwnedTable) => table as SQLiteTable;

const ownedBy = (table: OwnedTable, tenantId: string, id: string) =>
  and(eq(table.tenantId, tenantId), eq(table.id, id));

/** One page of a tenant's rows, newest first, with one extra row to tell if more follow. */
export async function listOwned<T extends OwnedTable>(
  db: Db,
  table: T,
  tenantId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<RowOf<T>[]> {
  const rows = await newestFirst(
    db.select().from(asTable(table)).$dynamic(),
    table.id,
    page,
    eq(table.tenantId, tenantId),
  );
  return rows as RowOf<T>[];
}

export async function findOwned<T extends OwnedTable>(
  db: Db,
  table: T,
  tenantId: string,
  id: string,
): Promise<RowOf<T> | undefined> {
  const row = await db
    .select()
    .from(asTable(table))
    .where(ownedBy(table, tenantId, id))
    .get();
  return row as RowOf<T> | undefined;
}

/**
 * Inserts the row, if `guard` holds, and its activity entry, in one batch. Undefined when the
 * guard refused it; then nothing is written.
 */
export async function insertOwned<T extends OwnedTable>(
  db: Db,
  actor: Actor,
  table: T,
  row: NewRowOf<T> & { id: string; tenantId: string },
  entry: LogEntry,
  options: WriteOptions = {},
): Promise<RowOf<T> | undefined> {
  return (await insertOwnedWithAlso(db, actor, table, row, entry, options)).row;
}

/** `insertOwned`, with what each of `options.also` answered, in their order. */
export async function insertOwnedWithAlso<T extends OwnedTable>(
  db: Db,
  actor: Actor,
  table: T,
  row: NewRowOf<T> & { id: string; tenantId: string },
  entry: LogEntry,
  options: WriteOptions = {},
): Promise<{ row: RowOf<T> | undefined; also: unknown[] }> {
  const [inserted, , ...also] = await db.batch([
    insertIf(db, asTable(table), row, options.guard ?? sql`1`).returning(),
    insertActivityIfChanged(db, actor, { ...entry, tenantId: row.tenantId, targetId: row.id }),
    ...(options.also ?? []),
  ]);
  return { row: inserted[0] as RowOf<T> | undefined, also };
}

/**
 * Updates the tenant's row, if `guard` holds, and logs it in one batch; undefined when the row
 * is gone or the guard refused. The entry is written only if the update changed a row.
 */
export async function updateOwned<T extends OwnedTable>(
  db: Db,
  actor: Actor,
  table: T,
  target: { tenantId: string; id: string },
  patch: Partial<NewRowOf<T>>,
  entry: LogEntry,
  options: WriteOptions = {},
): Promise<RowOf<T> | undefined> {
  const [updated] = await db.batch([
    db
      .update(asTable(table))
      .set(patch)
      .where(and(ownedBy(table, target.tenantId, target.id), options.guard))
      .returning(),
    insertActivityIfChanged(db, actor, {
      ...entry,
      tenantId: target.tenantId,
      targetId: target.id,
    }),
    ...(options.also ?? []),
  ]);
  return updated[0] as RowOf<T> | undefined;
}

/**
 * Deletes the tenant's row, if `guard` holds, and logs it in one batch; false when there was
 * nothing to delete or the guard refused.
 */
export async function deleteOwned(
  db: Db,
  actor: Actor,
  table: OwnedTable,
  target: { tenantId: string; id: string },
  entry: LogEntry,
  options: WriteOptions = {},
): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .delete(asTable(table))
      .where(and(ownedBy(table, target.tenantId, target.id), options.guard))
      .returning({ id: table.id }),
    insertActivityIfChanged(db, actor, {
      ...entry,
      tenantId: target.tenantId,
      targetId: target.id,
    }),
    ...(options.also ?? []),
  ]);
  return deleted.length > 0;
}
