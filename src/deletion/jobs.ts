import { and, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
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
import { newId, nowIso } from "../lib/ids";
import { insertDeliveryIfChanged, type NewDelivery } from "../webhooks/queries";
import { BLOBS_STAGE } from "./stages";

/** A job still to finish: its steps run, and the sweep watches it. */
export const ACTIVE_STATUSES = ["pending", "running"] as const;
export const isActive = (job: DeletionJobRow) =>
  (ACTIVE_STATUSES as readonly string[]).includes(job.status);

export const findDeletionJob = (db: Db, id: string) =>
  db.select().from(deletionJobs).where(eq(deletionJobs.id, id)).get();

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

/** The tenant is neither being deleted nor moved: its status is the owner's choice. */
const settled = (tenantId: string) =>
  sql`EXISTS (SELECT 1 FROM ${tenants} WHERE ${tenants.id} = ${tenantId}
    AND ${tenants.status} IN ('active', 'inactive'))`;

/**
 * Records the job, marks the tenant `deleting` and logs it, in one batch, unless the tenant is
 * being moved; with `force`, the tenant's active calls are ended in the same batch. Without
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
  },
): Promise<DeletionJobRow | undefined> {
  const now = nowIso();
  const job: DeletionJobRow = {
    id: options.id ?? newId(),
    tenantId: tenant.id,
    requestedBy: String(actor.actorId),
    requestedSession: options.requestedSession ?? null,
    purpose: "deletion",
    status: "pending",
    stage: BLOBS_STAGE,
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
      and(settled(tenant.id), options.force ? undefined : noActiveCall) as SQL,
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
      .set({ status: "deleting", version: sql`${tenants.version} + 1`, updatedAt: now })
      .where(and(eq(tenants.id, tenant.id), recorded)),
  ]);
  return findDeletionJob(db, job.id);
}

/** The job, still expecting `step`: the guard every write for that step carries. */
export const atStep = (job: { id: string; step: number }): SQL =>
  and(
    eq(deletionJobs.id, job.id),
    eq(deletionJobs.step, job.step),
    inArray(deletionJobs.status, [...ACTIVE_STATUSES]),
  ) as SQL;

/**
 * A failed attempt at `step`: the error is shown on the job while the step is retried; after
 * the last attempt (`final`), the job is `failed` until an operator resumes it.
 */
export function recordStepFailure(
  db: Db,
  job: { id: string; step: number },
  failure: { attempts: number; error: string; final: boolean },
) {
  return db
    .update(deletionJobs)
    .set({
      attempts: failure.attempts,
      lastError: failure.error,
      updatedAt: nowIso(),
      ...(failure.final && { status: "failed" as const }),
    })
    .where(atStep(job));
}

/** A step whose message ran out of retries without the consumer recording it (a crash). */
export function failExhaustedStep(db: Db, job: { id: string; step: number }) {
  return db
    .update(deletionJobs)
    .set({
      status: "failed",
      lastError: sql`coalesce(${deletionJobs.lastError}, ${`step ${job.step} ran out of retries`})`,
      updatedAt: nowIso(),
    })
    .where(atStep(job));
}

/** Back to work: a failed job resumes where it stopped, with a fresh set of retries. */
export async function resumeDeletionJob(db: Db, job: DeletionJobRow): Promise<DeletionJobRow> {
  const [resumed] = await db
    .update(deletionJobs)
    .set({
      status: job.startedAt ? "running" : "pending",
      attempts: 0,
      updatedAt: nowIso(),
    })
    .where(
      and(
        eq(deletionJobs.id, job.id),
        inArray(deletionJobs.status, ["failed", ...ACTIVE_STATUSES]),
      ),
    )
    .returning();
  return resumed ?? job;
}

/**
 * Jobs still to finish that recorded nothing since `before`: their message was lost. They are
 * touched as they are claimed, so the next sweep leaves them alone while the re-sent step works.
 */
export function claimStalledJobs(db: Db, before: string, limit: number) {
  const stalled = db
    .select({ id: deletionJobs.id })
    .from(deletionJobs)
    .where(
      and(inArray(deletionJobs.status, [...ACTIVE_STATUSES]), lt(deletionJobs.updatedAt, before)),
    )
    .limit(limit);
  return db
    .update(deletionJobs)
    .set({ updatedAt: nowIso() })
    .where(inArray(deletionJobs.id, stalled))
    .returning({ id: deletionJobs.id, tenantId: deletionJobs.tenantId, step: deletionJobs.step });
}
