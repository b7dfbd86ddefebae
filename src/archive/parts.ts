import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { archiveKey } from "../blobs/keys";
import { endUpload, type UploadRegistration } from "../blobs/upload-registry";
import type { Db } from "../db/client";
import { tableRow } from "../db/compiled";
import { qualified } from "../db/qualified";
import { archiveParts, tenants } from "../db/schema";
import { newId } from "../lib/ids";
import { newestFirst } from "../lib/pagination";
import { settled } from "../tenants/settled";
import { type ArchivedTable, type ArchivedTableName, type Cutoff, inIds } from "./catalog";
import type { EncodedPart } from "./ndjson";

export type ArchivePartRow = typeof archiveParts.$inferSelect;

/**
 * Rows a part takes at most: about 0.5 to 1.5 MB of JSON before gzip, read, encoded and checked
 * in one step well inside a Worker's memory and time.
 */
export const ARCHIVE_PART_ROWS = 1000;

export const partKey = (part: ArchivePartRow) =>
  archiveKey(part.tenantId, part.tableName, part.period, part.part);

const toPartRow = tableRow(archiveParts);
const p = archiveParts;

/**
 * Plans the tenant's next part of `owned`, in one statement: the oldest month with rows past the
 * window, up to `ARCHIVE_PART_ROWS` of its rows in the archive's order, and the month's next part
 * number. Written `pending` with the rows' ids, so a run that dies later is finished on exactly
 * these rows; none while the tenant and table have a pending part (finished first), and none under
 * a deleting tenant (the write fence refuses it). Undefined when nothing is past the window.
 */
export async function planPart(
  db: Db,
  owned: ArchivedTable,
  tenantId: string,
  cutoff: Cutoff,
  plannedAt: string,
): Promise<ArchivePartRow | undefined> {
  const t = owned.table;
  const past = sql`${qualified(owned.tenantId)} = ${tenantId} AND ${owned.archivable(cutoff)}`;
  const period = sql`substr(${qualified(owned.time)}, 1, 7)`;
  const order = sql.join(
    owned.order.map((column) => qualified(column)),
    sql`, `,
  );
  const ofTable = sql`${qualified(p.tenantId)} = ${tenantId} AND ${qualified(p.tableName)} = ${owned.name}`;
  const rows = await db.all<Record<string, unknown>>(sql`
    WITH first AS (SELECT ${period} AS period FROM ${t} WHERE ${past} ORDER BY ${order} LIMIT 1),
      batch AS (SELECT ${qualified(owned.id)} AS id FROM ${t}
        WHERE ${past} AND ${period} = (SELECT period FROM first)
        ORDER BY ${order} LIMIT ${ARCHIVE_PART_ROWS})
    INSERT INTO ${p} (id, tenant_id, table_name, period, part, status, row_ids, rows, planned_at)
    SELECT ${newId()}, ${tenantId}, ${owned.name}, first.period,
      (SELECT coalesce(max(${qualified(p.part)}), 0) + 1 FROM ${p}
        WHERE ${ofTable} AND ${qualified(p.period)} = first.period),
      'pending', (SELECT json_group_array(id) FROM batch), (SELECT count(*) FROM batch), ${plannedAt}
    FROM first
    WHERE NOT EXISTS (SELECT 1 FROM ${p} WHERE ${ofTable} AND ${qualified(p.status)} = 'pending')
    RETURNING *`);
  return rows[0] && toPartRow(rows[0]);
}

/** Parts planned by a run that did not finish them, oldest first; deleting tenants' left out. */
export const pendingParts = (db: Db, limit: number) =>
  db
    .select({ part: archiveParts })
    .from(archiveParts)
    .innerJoin(tenants, eq(tenants.id, archiveParts.tenantId))
    .where(and(eq(archiveParts.status, "pending"), settled()))
    .orderBy(asc(archiveParts.plannedAt))
    .limit(limit);

/**
 * One batch: the part completes only while it is pending and every row it planned is still in D1
 * as planned; then the rows (and what hangs off them) are deleted, guarded by the part being
 * complete, and the write's registration ends. True when this batch completed the part.
 */
export async function completePart(
  db: Db,
  owned: ArchivedTable,
  part: ArchivePartRow,
  encoded: EncodedPart,
  registration: UploadRegistration,
  completedAt: string,
): Promise<boolean> {
  const ids = JSON.stringify(part.rowIds ?? []);
  const t = owned.table;
  const unchanged = and(
    sql`${qualified(owned.tenantId)} = ${part.tenantId}`,
    inIds(owned.id, ids),
    owned.unchangedSince(part.plannedAt),
  );
  const complete = sql`EXISTS (SELECT 1 FROM ${p} WHERE ${qualified(p.id)} = ${part.id}
    AND ${qualified(p.status)} = 'complete')`;
  const [completed] = await db.batch([
    db
      .update(p)
      .set({
        status: "complete",
        rowIds: null,
        bytes: encoded.body.byteLength,
        sha256: encoded.sha256,
        createdAt: completedAt,
      })
      .where(
        and(
          eq(p.id, part.id),
          eq(p.status, "pending"),
          sql`(SELECT count(*) FROM ${t} WHERE ${unchanged}) = ${part.rows}`,
        ),
      )
      .returning({ id: p.id }),
    ...owned.children.map((child) =>
      db
        .delete(child.table)
        .where(and(eq(child.tenantId, part.tenantId), inIds(child.parentId, ids), complete)),
    ),
    db.delete(t).where(and(eq(owned.tenantId, part.tenantId), inIds(owned.id, ids), complete)),
    endUpload(db, registration),
  ]);
  return completed.length > 0;
}

/**
 * Gives up a pending part whose rows changed after it was planned (the rows stay in D1 and are
 * planned again). True when this call removed it: only then may its object be deleted, since a
 * part another run completed keeps its object.
 */
export async function dropPendingPart(
  db: Db,
  part: ArchivePartRow,
  registration: UploadRegistration,
): Promise<boolean> {
  const [dropped] = await db.batch([
    db
      .delete(p)
      .where(and(eq(p.id, part.id), eq(p.status, "pending")))
      .returning({ id: p.id }),
    endUpload(db, registration),
  ]);
  return dropped.length > 0;
}

export const findPart = (db: Db, id: string) =>
  db.select().from(archiveParts).where(eq(archiveParts.id, id)).get();

export type PartFilter = {
  limit: number;
  cursor?: string | undefined;
  table?: ArchivedTableName | undefined;
  period?: string | undefined;
};

const completeOf = (tenantId: string): SQL[] => [
  eq(archiveParts.tenantId, tenantId),
  eq(archiveParts.status, "complete"),
];

/** The tenant's complete parts, newest first. */
export const listParts = (db: Db, tenantId: string, filter: PartFilter) =>
  newestFirst(
    db.select().from(archiveParts).$dynamic(),
    archiveParts.id,
    filter,
    ...completeOf(tenantId),
    filter.table ? eq(archiveParts.tableName, filter.table) : undefined,
    filter.period ? eq(archiveParts.period, filter.period) : undefined,
  );

/** The tenant's complete parts of a table, or of a table's month, in the archive's order. */
export const partsInOrder = (
  db: Db,
  tenantId: string,
  table?: ArchivedTableName,
  period?: string,
) =>
  db
    .select()
    .from(archiveParts)
    .where(
      and(
        ...completeOf(tenantId),
        table ? eq(archiveParts.tableName, table) : undefined,
        period ? eq(archiveParts.period, period) : undefined,
      ),
    )
    .orderBy(asc(archiveParts.tableName), asc(archiveParts.period), asc(archiveParts.part));
