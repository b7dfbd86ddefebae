import { and, eq, type SQL, sql } from "drizzle-orm";
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
import { listKeys, MAX_KEYS_PER_DELETE, tenantBlobPrefix } from "./blobs";
import { atStep, findDeletionJob, isActive } from "./jobs";
import { countTenantRows } from "./preview";
import { BLOBS_STAGE, chunkedTables, DONE_STAGE, stageAfter, TENANT_STAGE } from "./stages";

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
  /** Runs before the last batch, while the tenant and its webhook secret still exist. */
  farewell?: (job: DeletionJobRow) => Promise<void>;
};

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
  const advanced = await runStage(deps, job);
  // Undefined: a concurrent delivery of the same step got there first and sends the next one.
  // If this send is lost, the job stalls and the scheduled sweep sends it again.
  if (advanced && advanced.status !== "completed") {
    await deps.queue.send(stepMessage(advanced));
  }
}

function runStage(deps: StepDeps, job: DeletionJobRow) {
  switch (job.stage) {
    case BLOBS_STAGE:
      return deleteBlobPage(deps, job);
    case TENANT_STAGE:
      return deleteTenantRow(deps, job);
    default:
      return deleteRowChunk(deps.db, job, tenantTableNamed(job.stage));
  }
}

/** What every recorded step sets: the job expects the next step, and shows it is alive. */
function progress(job: DeletionJobRow) {
  const now = nowIso();
  return {
    step: job.step + 1,
    status: "running" as const,
    startedAt: job.startedAt ?? now,
    attempts: 0,
    lastError: null,
    updatedAt: now,
  };
}

function addCount(name: string, amount: SQL | number) {
  const path = `$."${name}"`;
  return sql`json_set(${deletionJobs.counts}, ${path},
    coalesce(json_extract(${deletionJobs.counts}, ${path}), 0) + ${amount})`;
}

/** For a delete in the step's batch: it deletes only while the job expects this step. */
const stillAtStep = (job: DeletionJobRow) =>
  sql`EXISTS (SELECT 1 FROM ${deletionJobs} WHERE ${atStep(job)})`;

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
  await deps.farewell?.(job);
  const [, , , , , completed] = await db.batch([
    // The farewell's own delivery log, written after its stage went by.
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
