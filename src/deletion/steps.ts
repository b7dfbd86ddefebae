import { and, eq, sql } from "drizzle-orm";
import * as z from "zod";
import type { Db } from "../db/client";
import {
  type DeletionJobRow,
  deletionJobs,
  tenants,
  users,
  webhookAttempts,
  webhookDeliveries,
} from "../db/schema";
import { type TenantTable, tenantTableNamed } from "../db/tenant-tables";
import { nowIso } from "../lib/ids";
import type { DeliveryMessage } from "../webhooks/emit";
import { listKeys, MAX_KEYS_PER_DELETE, tenantBlobPrefix } from "./blobs";
import { bidFarewell } from "./farewell";
import { atStep, findDeletionJob, isActive } from "./jobs";
import { countTenantRows } from "./preview";
import {
  BLOBS_STAGE,
  chunkedTables,
  DONE_STAGE,
  FAREWELL_STAGE,
  stageAfter,
  TENANT_STAGE,
} from "./stages";
import { addCount, progress, stillAtStep } from "./step-writes";

/** A queue message: run step `step` of job `job_id`. */
export const DeletionStepMessage = z.object({
  job_id: z.string().min(1),
  step: z.number().int().min(0),
});
export type DeletionStepMessage = z.infer<typeof DeletionStepMessage>;

export const stepMessage = (job: { id: string; step: number }): DeletionStepMessage => ({
  job_id: job.id,
  step: job.step,
});

export type StepDeps = {
  db: Db;
  blobs: R2Bucket;
  queue: Queue<DeletionStepMessage>;
  /** Where the farewell queues `tenant.deleted`. */
  webhooks: Queue<DeliveryMessage>;
};

/** A recorded step: the job as it now stands, and how long to wait before the next one. */
export type StepOutcome = { job: DeletionJobRow; delaySeconds?: number } | undefined;

/** Rows one step deletes from one table: one statement, one bound parameter. */
export const ROWS_PER_STEP = 500;

/**
 * Runs one bounded step of a job and sends the next one. A message whose step the job no longer
 * expects (a duplicate, a retry of a step that did complete, a finished job) does nothing.
 * Every write of a step is guarded by the job still expecting it, and the job's counts are
 * written in the same batch as the rows they count, so running a step twice cannot delete
 * twice, count twice or fork the chain.
 */
export async function runDeletionStep(deps: StepDeps, message: DeletionStepMessage) {
  const job = await findDeletionJob(deps.db, message.job_id);
  if (!job || job.step !== message.step || !isActive(job)) return;
  const outcome = await runStage(deps, job);
  // Undefined: a concurrent delivery of the same step got there first and sends the next one.
  // If this send is lost, the job stalls and the scheduled sweep sends it again.
  if (outcome && outcome.job.status !== "completed") {
    const { delaySeconds } = outcome;
    await deps.queue.send(stepMessage(outcome.job), delaySeconds ? { delaySeconds } : undefined);
  }
}

const recorded = (job: DeletionJobRow | undefined): StepOutcome => job && { job };

async function runStage(deps: StepDeps, job: DeletionJobRow): Promise<StepOutcome> {
  switch (job.stage) {
    case BLOBS_STAGE:
      return recorded(await deleteBlobPage(deps, job));
    case FAREWELL_STAGE:
      return bidFarewell(deps, job);
    case TENANT_STAGE:
      return recorded(await deleteTenantRow(deps, job));
    default:
      return recorded(await deleteRowChunk(deps.db, job, tenantTableNamed(job.stage)));
  }
}

async function deleteRowChunk(db: Db, job: DeletionJobRow, owned: TenantTable) {
  const ofTenant = sql`${owned.tenantId} = ${job.tenantId}`;
  const [, advanced] = await db.batch([
    db
      .delete(owned.table)
      .where(
        and(
          sql`rowid IN (SELECT rowid FROM ${owned.table} WHERE ${ofTenant} LIMIT ${ROWS_PER_STEP})`,
          stillAtStep(job),
        ),
      ),
    db
      .update(deletionJobs)
      .set({
        ...progress(job),
        // changes(): the rows the delete just above removed.
        counts: addCount(owned.name, sql`changes()`),
        stage: sql`CASE WHEN EXISTS (SELECT 1 FROM ${owned.table} WHERE ${ofTenant})
          THEN ${deletionJobs.stage} ELSE ${stageAfter(owned.name)} END`,
      })
      .where(atStep(job))
      .returning(),
  ]);
  return advanced[0];
}

async function deleteBlobPage({ db, blobs }: StepDeps, job: DeletionJobRow) {
  const { keys, more } = await listKeys(blobs, tenantBlobPrefix(job.tenantId), MAX_KEYS_PER_DELETE);
  if (keys.length > 0) await blobs.delete(keys);
  // R2 and D1 share no transaction: if recording fails after the delete, the retry finds those
  // keys gone and does not count them. The count can fall short, never double.
  const [advanced] = await db
    .update(deletionJobs)
    .set({
      ...progress(job),
      counts: addCount(BLOBS_STAGE, keys.length),
      stage: more ? BLOBS_STAGE : stageAfter(BLOBS_STAGE),
    })
    .where(atStep(job))
    .returning();
  return advanced;
}

/** Anything of the tenant's written after its stage went by, by a request already in flight. */
async function anythingLeft({ db, blobs }: StepDeps, tenantId: string) {
  const rows = await countTenantRows(db, tenantId, chunkedTables());
  if (Object.values(rows).some((count) => count > 0)) return true;
  return (await listKeys(blobs, tenantBlobPrefix(tenantId), 1)).keys.length > 0;
}

async function deleteTenantRow(deps: StepDeps, job: DeletionJobRow) {
  const { db } = deps;
  if (await anythingLeft(deps, job.tenantId)) {
    const [restarted] = await db
      .update(deletionJobs)
      .set({ ...progress(job), stage: BLOBS_STAGE })
      .where(atStep(job))
      .returning();
    return restarted;
  }
  const [, , , , , completed] = await db.batch([
    // Deliveries a request still in flight wrote after the check just above.
    db
      .delete(webhookAttempts)
      .where(and(eq(webhookAttempts.tenantId, job.tenantId), stillAtStep(job))),
    db
      .delete(webhookDeliveries)
      .where(and(eq(webhookDeliveries.tenantId, job.tenantId), stillAtStep(job))),
    db.delete(users).where(and(eq(users.tenantId, job.tenantId), stillAtStep(job))),
    db
      .update(deletionJobs)
      .set({ counts: addCount("users", sql`changes()`) })
      .where(atStep(job)),
    db.delete(tenants).where(and(eq(tenants.id, job.tenantId), stillAtStep(job))),
    db
      .update(deletionJobs)
      .set({
        ...progress(job),
        counts: addCount("tenants", sql`changes()`),
        status: "completed",
        stage: DONE_STAGE,
        completedAt: nowIso(),
      })
      .where(atStep(job))
      .returning(),
  ]);
  return completed[0];
}
