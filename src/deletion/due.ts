import { and, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../activity/queries";
import type { CellSweepDeps } from "../cells/sweep-deps";
import type { Db } from "../db/client";
import { type TenantRow, tenants, webhookDeliveries } from "../db/schema";
import { newId } from "../lib/ids";
import { prepareEvent, sendDeliveries } from "../webhooks/emit";
import { insertDeliveryIfChanged } from "../webhooks/queries";
import { createDeletionJob, scheduledDeletionDue } from "./jobs";
import { stepMessage } from "./step";

/** Deletions started, and reminders sent, by one sweep of a cell; the next run takes the rest. */
const MAX_PER_SWEEP = 10;

const systemActor = (): Actor => ({
  actorId: "system:deletion-schedule",
  requestId: newId(),
  ip: null,
  userAgent: null,
});

type Scheduled = TenantRow & { deletionSchedule: NonNullable<TenantRow["deletionSchedule"]> };

const scheduled = (rows: TenantRow[]) =>
  rows.filter((row): row is Scheduled => row.deletionSchedule !== null);

const schedule = (field: string) => sql`json_extract(${tenants.deletionSchedule}, ${`$.${field}`})`;

/** The cell's tenants whose scheduled deletion is due at `now`. */
const dueTenants = (db: Db, now: string) =>
  db.select().from(tenants).where(scheduledDeletionDue(now)).limit(MAX_PER_SWEEP).all();

/** A `tenant.deletion_reminder` delivery of the schedule requested at `requestedAt` exists. */
const reminded = (tenantId: string | SQL | typeof tenants.id, requestedAt: string | SQL) =>
  sql`EXISTS (SELECT 1 FROM ${webhookDeliveries}
    WHERE ${webhookDeliveries.tenantId} = ${tenantId}
      AND ${webhookDeliveries.eventType} = 'tenant.deletion_reminder'
      AND ${webhookDeliveries.createdAt} >= ${requestedAt})`;

/** The cell's tenants whose deletion's reminder is due at `now` and not yet sent. */
const unremindedTenants = (db: Db, now: string) =>
  db
    .select()
    .from(tenants)
    .where(
      and(
        sql`${tenants.status} = 'deletion_scheduled'`,
        sql`${schedule("remind_at")} <= ${now}`,
        sql`${schedule("scheduled_for")} > ${now}`,
        sql`NOT ${reminded(tenants.id, schedule("requested_at"))}`,
      ),
    )
    .limit(MAX_PER_SWEEP)
    .all();

/**
 * The scheduled deletions of a cell, every 5 minutes, at the trigger's time: a deletion whose
 * time has come starts as a `DELETE` starts one (its job, under the id it was scheduled with, the
 * tenant `deleting`, `tenant.deletion_started`, in one batch guarded by the schedule still being
 * due, so a cancellation that came first wins), and its first step is sent; a deletion a day
 * away sends `tenant.deletion_reminder`, once. Nothing here depends on a message sent when the
 * deletion was scheduled, so a restart or a lost message loses no deletion, and a tenant that
 * moved meanwhile is found in its new cell.
 */
export async function runDueDeletions({ env, cell, db }: CellSweepDeps, at: Date) {
  const now = at.toISOString();
  let started = 0;
  for (const tenant of scheduled(await dueTenants(db, now))) {
    const id = tenant.deletionSchedule.deletion_id;
    const delivery = prepareEvent(tenant, "tenant.deletion_started", { deletion_id: id });
    const job = await createDeletionJob(db, systemActor(), tenant, {
      force: true,
      dueAt: now,
      delivery,
    });
    if (!job) continue;
    started++;
    await sendDeliveries(db, env.WEBHOOK_DELIVERIES, [delivery]);
    // Lost, the job's first step is sent again by the stalled-job sweep.
    await env.TENANT_DELETIONS.send(stepMessage(job, cell.name));
  }
  let reminders = 0;
  for (const tenant of scheduled(await unremindedTenants(db, now))) {
    const { deletion_id, scheduled_for, requested_at } = tenant.deletionSchedule;
    const delivery = prepareEvent(tenant, "tenant.deletion_reminder", {
      deletion_id,
      scheduled_for,
    });
    if (!delivery) continue;
    // Written once per schedule, whichever sweep gets there first: a row for each recipient.
    const written = await insertDeliveryIfChanged(
      db,
      delivery,
      undefined,
      sql`${scheduledDeletionStill(tenant)} AND NOT ${reminded(tenant.id, requested_at)}`,
    ).run();
    if (written.meta.changes === 0) continue;
    reminders++;
    await sendDeliveries(db, env.WEBHOOK_DELIVERIES, [delivery]);
  }
  return { started, reminders };
}

/** The tenant's deletion is still the one scheduled: not cancelled, not started. */
const scheduledDeletionStill = (tenant: Scheduled) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenant.id}
    AND ${tenants.status} = 'deletion_scheduled'
    AND ${schedule("deletion_id")} = ${tenant.deletionSchedule.deletion_id})`;
