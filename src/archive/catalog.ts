import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { toEntry } from "../activity/schemas";
import { toCall } from "../calls/schemas";
import type { Db } from "../db/client";
import { qualified } from "../db/qualified";
import {
  ARCHIVED_TABLES,
  activityLogs,
  calls,
  webhookAttempts,
  webhookDeliveries,
} from "../db/schema";
import { idFloorAt } from "../lib/ids";
import { once } from "../lib/once";
import { toDeliveryDetail } from "../webhooks/schemas";

export type ArchivedTableName = (typeof ARCHIVED_TABLES)[number];

/** Where the hot window ends: rows from before it may leave D1. */
export type Cutoff = { at: string; ms: number };

export const cutoffOf = (now: Date, windowDays: number): Cutoff => {
  const ms = now.getTime() - windowDays * 24 * 60 * 60 * 1000;
  return { at: new Date(ms).toISOString(), ms };
};

/** The ids a part takes, given as one JSON array: D1 binds at most 100 values a statement. */
export const inIds = (id: SQLiteColumn, idsJson: string) =>
  sql`${qualified(id)} IN (SELECT value FROM json_each(${idsJson}))`;

/** A table whose old rows move to the archive, and how. */
export type ArchivedTable = {
  name: ArchivedTableName;
  table: SQLiteTable;
  id: SQLiteColumn;
  tenantId: SQLiteColumn;
  /** The row's time: its month is the part's period. */
  time: SQLiteColumn;
  /** The archive's order, oldest first: the index the sweep walks. */
  order: SQLiteColumn[];
  /** The rows that may leave D1 once the window has passed them. */
  archivable: (cutoff: Cutoff) => SQL;
  /** A planned row as it was when planned: no write since, and still one that may leave. */
  unchangedSince: (plannedAt: string) => SQL | undefined;
  /** The rows by id, unchanged since planned, as the API answers them, in the archive's order. */
  read: (db: Db, tenantId: string, idsJson: string, plannedAt: string) => Promise<unknown[]>;
  /** Rows of other tables that hang off these and leave with them, deleted first. */
  children: { table: SQLiteTable; tenantId: SQLiteColumn; parentId: SQLiteColumn }[];
};

const endedWithoutRecording = () =>
  and(eq(calls.status, "ended"), sql`${qualified(calls.recordingKey)} IS NULL`);

/** Selects `table`'s rows of a part, unchanged since it was planned, in the archive's order. */
function rowsOf(
  db: Db,
  owned: ArchivedTable,
  tenantId: string,
  idsJson: string,
  plannedAt: string,
) {
  return db
    .select()
    .from(owned.table)
    .where(
      and(eq(owned.tenantId, tenantId), inIds(owned.id, idsJson), owned.unchangedSince(plannedAt)),
    )
    .orderBy(...owned.order.map((column) => asc(column)));
}

const callsArchive: ArchivedTable = {
  name: "calls",
  table: calls,
  id: calls.id,
  tenantId: calls.tenantId,
  time: calls.startedAt,
  order: [calls.startedAt, calls.id],
  // A call keeping its recording stays: the recording's routes and its retention need the call.
  archivable: (cutoff) =>
    and(endedWithoutRecording(), sql`${qualified(calls.startedAt)} < ${cutoff.at}`) as SQL,
  unchangedSince: (plannedAt) =>
    and(endedWithoutRecording(), sql`${qualified(calls.updatedAt)} < ${plannedAt}`),
  read: async (db, tenantId, idsJson, plannedAt) =>
    (await rowsOf(db, callsArchive, tenantId, idsJson, plannedAt)).map((row) =>
      toCall(row as typeof calls.$inferSelect),
    ),
  children: [],
};

// Activity entries and deliveries are found by id, which is made at their creation (UUIDv7), so
// the sweep walks the (tenant_id, id) index the lists already use.
const createdBefore = (id: SQLiteColumn, cutoff: Cutoff) =>
  sql`${qualified(id)} < ${idFloorAt(cutoff.ms)}`;

const activityArchive: ArchivedTable = {
  name: "activity_logs",
  table: activityLogs,
  id: activityLogs.id,
  tenantId: activityLogs.tenantId,
  time: activityLogs.createdAt,
  order: [activityLogs.id],
  // Sealed ones only, or ones from before the chain: the chain's seq counts on from the sealed
  // head once its entries have left D1.
  archivable: (cutoff) =>
    and(
      createdBefore(activityLogs.id, cutoff),
      sql`(${qualified(activityLogs.hash)} IS NOT NULL
        OR ${qualified(activityLogs.seq)} IS NULL)`,
    ) as SQL,
  // Entries are never changed.
  unchangedSince: () => undefined,
  read: async (db, tenantId, idsJson, plannedAt) =>
    (await rowsOf(db, activityArchive, tenantId, idsJson, plannedAt)).map((row) =>
      toEntry(row as typeof activityLogs.$inferSelect),
    ),
  children: [],
};

const finished = () => sql`${qualified(webhookDeliveries.status)} <> 'pending'`;

const deliveryArchive: ArchivedTable = {
  name: "webhook_deliveries",
  table: webhookDeliveries,
  id: webhookDeliveries.id,
  tenantId: webhookDeliveries.tenantId,
  time: webhookDeliveries.createdAt,
  order: [webhookDeliveries.id],
  // A pending delivery is still being sent; it leaves once it has succeeded or failed.
  archivable: (cutoff) => and(finished(), createdBefore(webhookDeliveries.id, cutoff)) as SQL,
  unchangedSince: (plannedAt) =>
    and(finished(), sql`${qualified(webhookDeliveries.updatedAt)} < ${plannedAt}`),
  // Each delivery as `GET …/webhook-deliveries/{id}` answers it: its event and attempt log.
  read: async (db, tenantId, idsJson, plannedAt) => {
    const [deliveries, attempts] = await db.batch([
      rowsOf(db, deliveryArchive, tenantId, idsJson, plannedAt),
      db
        .select()
        .from(webhookAttempts)
        .where(
          and(
            eq(webhookAttempts.tenantId, tenantId),
            sql`${qualified(webhookAttempts.deliveryId)} IN (SELECT value FROM json_each(${idsJson}))`,
          ),
        )
        .orderBy(asc(webhookAttempts.attempt), asc(webhookAttempts.id)),
    ]);
    const byDelivery = new Map<string, (typeof attempts)[number][]>();
    for (const attempt of attempts) {
      byDelivery.set(attempt.deliveryId, [...(byDelivery.get(attempt.deliveryId) ?? []), attempt]);
    }
    return (deliveries as (typeof webhookDeliveries.$inferSelect)[]).map((delivery) =>
      toDeliveryDetail(delivery, byDelivery.get(delivery.id) ?? []),
    );
  },
  children: [
    {
      table: webhookAttempts,
      tenantId: webhookAttempts.tenantId,
      parentId: webhookAttempts.deliveryId,
    },
  ],
};

/** Every archived table, by name, in `ARCHIVED_TABLES` order. */
export const archivedTables = once(
  (): Record<ArchivedTableName, ArchivedTable> => ({
    calls: callsArchive,
    activity_logs: activityArchive,
    webhook_deliveries: deliveryArchive,
  }),
);

export const archivedTableList = () => ARCHIVED_TABLES.map((name) => archivedTables()[name]);
