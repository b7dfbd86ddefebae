import { and, eq, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type Actor, activityRow } from "../activity/queries";
import type { Db } from "../db/client";
import { insertIf } from "../db/insert-if";
import { activityLogs, calls, type DeletionSchedule, type TenantRow, tenants } from "../db/schema";
import { nowIso } from "../lib/ids";
import { insertDeliveryIfChanged, type NewDelivery } from "../webhooks/queries";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The reminder goes a day before the deletion runs. */
export const REMINDER_BEFORE_MS = DAY_MS;

/**
 * The schedule a `DELETE` records for a grace period of `days`: the deletion runs `days` after
 * the request, and a reminder is due a day before, when that is still ahead.
 */
export function newSchedule(
  tenant: Pick<TenantRow, "status">,
  request: { deletionId: string; requestedBy: string; requestedSession: string | null },
  days: number,
  now = new Date(),
): DeletionSchedule {
  const at = now.getTime() + days * DAY_MS;
  const remindAt = at - REMINDER_BEFORE_MS;
  return {
    deletion_id: request.deletionId,
    requested_at: now.toISOString(),
    scheduled_for: new Date(at).toISOString(),
    remind_at: remindAt > now.getTime() ? new Date(remindAt).toISOString() : null,
    requested_by: request.requestedBy,
    requested_session: request.requestedSession,
    restores: tenant.status === "inactive" ? "inactive" : "active",
  };
}

const entryRecorded = (id: string) =>
  sql`EXISTS (SELECT 1 FROM ${activityLogs} WHERE ${activityLogs.id} = ${id})`;

/**
 * Runs `writes` as one batch whose guarded writes follow the entry `entryId`, and reads last in
 * the same batch whether the entry was written: whether the change happened, at no round trip of
 * its own.
 */
async function writtenWithEntry(
  db: Db,
  entryId: string,
  writes: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]],
) {
  const read = db
    .select({ id: activityLogs.id })
    .from(activityLogs)
    .where(eq(activityLogs.id, entryId));
  const results = await db.batch([...writes, read]);
  return (results.at(-1) as unknown[]).length > 0;
}

/** The tenant row's status, read in the statement. */
const statusIs = (tenantId: string, statuses: string[]) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenantId}
    AND ${tenants.status} IN ${statuses})`;

/**
 * Schedules the tenant's deletion, in one batch: the `tenant.deletion_scheduled` entry (and its
 * delivery), written only while the tenant is `active` or `inactive` and, without `force`, has no
 * active call (with `force` they are ended here); then, guarded by that entry, the tenant becomes
 * `deletion_scheduled` with its schedule, which the write fence then holds it in. The version is
 * left as it is: a cancellation gives the row back exactly as it was (the ETag names the status).
 * Returns whether the deletion was scheduled (a call was active, a move or a deletion began, or
 * another request scheduled it first, otherwise).
 */
export async function scheduleDeletion(
  db: Db,
  actor: Actor,
  tenant: TenantRow,
  schedule: DeletionSchedule,
  options: { force: boolean; delivery: NewDelivery | null },
): Promise<boolean> {
  const entry = activityRow(actor, {
    tenantId: tenant.id,
    action: "tenant.deletion_scheduled",
    targetType: "tenant",
    targetId: tenant.id,
    changes: {
      status: { from: tenant.status, to: "deletion_scheduled" },
      deletion_scheduled_for: { from: null, to: schedule.scheduled_for },
    },
  });
  const noActiveCall = sql`NOT EXISTS (SELECT 1 FROM ${calls}
    WHERE ${calls.tenantId} = ${tenant.id} AND ${calls.status} = 'active')`;
  const recorded = entryRecorded(entry.id);
  const now = nowIso();
  return writtenWithEntry(db, entry.id, [
    insertIf(
      db,
      activityLogs,
      entry,
      and(
        statusIs(tenant.id, ["active", "inactive"]),
        options.force ? undefined : noActiveCall,
      ) as SQL,
    ),
    // Right after the entry it reports: written only if the entry was.
    ...(options.delivery ? [insertDeliveryIfChanged(db, options.delivery)] : []),
    db
      .update(calls)
      .set({
        status: "ended",
        endedAt: now,
        endedReason: "tenant_deletion_scheduled",
        durationSeconds: sql`CAST(round((julianday(${now}) - julianday(${calls.startedAt})) * 86400) AS INTEGER)`,
        updatedAt: now,
      })
      .where(and(eq(calls.tenantId, tenant.id), eq(calls.status, "active"), recorded)),
    db
      .update(tenants)
      .set({ status: "deletion_scheduled", deletionSchedule: schedule })
      .where(and(eq(tenants.id, tenant.id), recorded)),
  ]);
}

/**
 * Cancels the tenant's scheduled deletion, in one batch: the `tenant.deletion_cancelled` entry
 * (and its delivery), written only while the deletion is still scheduled (the activity log takes
 * entries then), and guarded by it the tenant's earlier status given back and its schedule
 * dropped, so its row is again what it was. A deletion the sweep started first, or another
 * cancellation, leaves this one writing nothing. Returns whether this request cancelled it.
 */
export async function cancelScheduledDeletion(
  db: Db,
  actor: Actor,
  tenant: TenantRow & { deletionSchedule: DeletionSchedule },
  delivery: NewDelivery | null,
): Promise<boolean> {
  const schedule = tenant.deletionSchedule;
  const entry = activityRow(actor, {
    tenantId: tenant.id,
    action: "tenant.deletion_cancelled",
    targetType: "tenant",
    targetId: tenant.id,
    changes: {
      status: { from: "deletion_scheduled", to: schedule.restores },
      deletion_scheduled_for: { from: schedule.scheduled_for, to: null },
    },
  });
  const scheduledHere = sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenant.id}
    AND ${tenants.status} = 'deletion_scheduled'
    AND json_extract(${tenants.deletionSchedule}, '$.deletion_id') = ${schedule.deletion_id})`;
  return writtenWithEntry(db, entry.id, [
    insertIf(db, activityLogs, entry, scheduledHere),
    ...(delivery ? [insertDeliveryIfChanged(db, delivery)] : []),
    db
      .update(tenants)
      .set({ status: schedule.restores, deletionSchedule: null })
      .where(
        and(
          eq(tenants.id, tenant.id),
          eq(tenants.status, "deletion_scheduled"),
          entryRecorded(entry.id),
        ),
      ),
  ]);
}
