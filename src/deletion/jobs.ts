import { and, eq, type SQL, sql } from "drizzle-orm";
import { type Actor, activityRow } from "../activity/queries";
import type { Db } from "../db/client";
import { insertIf } from "../db/insert-if";
import {
  activityLogs,
  calls,
  type DeletionJobRow,
  deletionJobs,
  type TenantRow,
  tenants,
} from "../db/schema";
import { atStep as atJobStep, findJob, type JobRef, resumeJob } from "../jobs/queries";
import { newId, nowIso } from "../lib/ids";
import { insertDeliveryIfChanged, type NewDelivery } from "../webhooks/queries";
import { firstStage, type SkippedStages, TENANT_DELETION } from "./stages";

export const findDeletionJob = (db: Db, id: string) =>
  findJob<DeletionJobRow>(db, deletionJobs, id);

export const findDeletionJobOfTenant = (db: Db, tenantId: string) =>
  db.select().from(deletionJobs).where(eq(deletionJobs.tenantId, tenantId)).get();

export async function countActiveCalls(db: Db, tenantId: string): Promise<number> {
  const row = await db
    .select({ count: sql<number>`count(*)` })
    .from(calls)
    .where(and(eq(calls.tenantId, tenantId), eq(calls.status, "active")))
    .get();
  return row?.count ?? 0;
}

/** A job about to be recorded: pending, at the first stage its purpose does not skip. */
export function newDeletionJob(
  job: Pick<DeletionJobRow, "id" | "tenantId" | "requestedBy" | "purpose"> &
    Partial<Pick<DeletionJobRow, "requestedSession" | "scheduledFor">>,
  skipped: SkippedStages,
): DeletionJobRow {
  const now = nowIso();
  return {
    requestedSession: null,
    scheduledFor: null,
    ...job,
    status: "pending",
    stage: firstStage(skipped),
    step: 0,
    counts: {},
    lastError: null,
    attempts: 0,
    createdAt: now,
    startedAt: null,
    updatedAt: now,
    completedAt: null,
    farewellAt: null,
    pendingBlobKeys: null,
  };
}

/**
 * The tenant is neither being deleted nor moved: its status is the owner's choice, or a deletion
 * waits for its time (which a `DELETE ?now=true` need not wait for).
 */
const deletable = (tenantId: string) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenantId}
    AND ${tenants.status} IN ('active', 'inactive', 'deletion_scheduled'))`;

/** The tenant's scheduled deletion is due at `now`: not cancelled, not started, its time come. */
export const scheduledDeletionDue = (now: string) =>
  sql`${tenants.status} = 'deletion_scheduled'
    AND json_extract(${tenants.deletionSchedule}, '$.scheduled_for') <= ${now}`;

const dueFor = (tenantId: string, now: string) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenantId}
    AND ${scheduledDeletionDue(now)})`;

/**
 * Records the job, marks the tenant `deleting` and logs it, in one batch, unless the tenant is
 * being moved (or, with `dueAt`, unless its scheduled deletion is due then: the sweep's start,
 * which a cancellation in between wins); a scheduled deletion starts under the id and requester
 * it was scheduled with; with `force`, the tenant's active calls are ended in the same batch. Without
 * `force` the job is recorded only if no call is active at that moment: the check is part of the
 * insert, so a call that starts after the caller looked cannot slip through. Returns the job, or
 * undefined when it was not recorded (a call was active, or a move began).
 */
export async function createDeletionJob(
  db: Db,
  actor: Actor,
  tenant: TenantRow,
  options: {
    force: boolean;
    id?: string;
    /** The `tenant.deletion_started` delivery, written only if the job is. */
    delivery?: NewDelivery | null;
    /** The session the request came with: its token reads the receipt once the tenant is gone. */
    requestedSession?: string | null;
    /** The sweep's time: the job is recorded only if the tenant's scheduled deletion is due. */
    dueAt?: string;
  },
): Promise<DeletionJobRow | undefined> {
  const schedule = tenant.status === "deletion_scheduled" ? tenant.deletionSchedule : null;
  const job = newDeletionJob(
    {
      id: schedule?.deletion_id ?? options.id ?? newId(),
      tenantId: tenant.id,
      requestedBy: options.dueAt && schedule ? schedule.requested_by : String(actor.actorId),
      requestedSession:
        options.dueAt && schedule ? schedule.requested_session : (options.requestedSession ?? null),
      purpose: "deletion",
      scheduledFor: schedule?.scheduled_for ?? null,
    },
    TENANT_DELETION,
  );
  const now = job.createdAt;
  const recorded = sql`EXISTS (SELECT 1 FROM ${deletionJobs} WHERE ${deletionJobs.id} = ${job.id})`;
  const delivery = options.delivery ?? null;
  const noActiveCall = sql`NOT EXISTS (SELECT 1 FROM ${calls}
    WHERE ${calls.tenantId} = ${tenant.id} AND ${calls.status} = 'active')`;
  // The tenant becomes `deleting` last: the write fence refuses every write under it from then
  // on, the calls' end and the log entry of this very batch included.
  await db.batch([
    insertIf(
      db,
      deletionJobs,
      job,
      and(
        options.dueAt ? dueFor(tenant.id, options.dueAt) : deletable(tenant.id),
        options.force ? undefined : noActiveCall,
      ) as SQL,
    ),
    db
      .update(calls)
      .set({
        status: "ended",
        endedAt: now,
        endedReason: "tenant_deleted",
        durationSeconds: sql`CAST(round((julianday(${now}) - julianday(${calls.startedAt})) * 86400) AS INTEGER)`,
        updatedAt: now,
      })
      .where(and(eq(calls.tenantId, tenant.id), eq(calls.status, "active"), recorded)),
    insertIf(
      db,
      activityLogs,
      activityRow(actor, {
        tenantId: tenant.id,
        action: "tenant.deletion_requested",
        targetType: "tenant",
        targetId: tenant.id,
        changes: { status: { from: tenant.status, to: "deleting" } },
      }),
      recorded,
    ),
    // Guarded by the log entry, itself guarded by the job: no job, no event.
    ...(delivery ? [insertDeliveryIfChanged(db, delivery)] : []),
    db
      .update(tenants)
      .set({
        status: "deleting",
        deletionSchedule: null,
        version: sql`${tenants.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(tenants.id, tenant.id), recorded)),
  ]);
  return findDeletionJob(db, job.id);
}

/** The job, still expecting `step`: the guard every write for that step carries. */
export const atStep = (job: JobRef): SQL => atJobStep(deletionJobs, job);

/** Back to work: a failed job resumes where it stopped, with a fresh set of retries. */
export const resumeDeletionJob = (db: Db, job: DeletionJobRow) => resumeJob(db, deletionJobs, job);
