import { and, eq, sql } from "drizzle-orm";
import { uploadsInFlight } from "../blobs/upload-registry";
import {
  blobUploads,
  type DeletionJobRow,
  deletionJobs,
  tenants,
  users,
  webhookAttempts,
  webhookDeliveries,
} from "../db/schema";
import { nowIso } from "../lib/ids";
import { listKeys, tenantBlobPrefix } from "./blob-listing";
import { atStep } from "./jobs";
import { countTenantRows } from "./preview";
import { BLOBS_STAGE, chunkedTables, DONE_STAGE, TENANT_STAGE } from "./stages";
import { type StepDeps, type StepOutcome, waitSeconds } from "./step";
import { addCount, progress, stillAtStep } from "./step-writes";

/** Anything of the tenant's written after its stage went by, by a request already in flight. */
async function anythingLeft({ db, blobs }: StepDeps, tenantId: string) {
  const rows = await countTenantRows(db, tenantId, chunkedTables());
  if (Object.values(rows).some((count) => count > 0)) return true;
  return (await listKeys(blobs, tenantBlobPrefix(tenantId), 1)).keys.length > 0;
}

/** Records a step that changes nothing but the stage: the job is alive while it waits. */
const recordStep = (deps: StepDeps, job: DeletionJobRow, stage: string) =>
  deps.db
    .update(deletionJobs)
    .set({ ...progress(job), stage })
    .where(atStep(job))
    .returning();

/**
 * The last step. While an upload that started before the deletion may still store an object, it
 * waits (each look a recorded step, so the stall sweep leaves it alone); then it proves the
 * tenant's rows and prefix empty (or starts over where something was written behind it) and
 * deletes the tenant, its users and its uploads' registrations, completing the job.
 */
export async function deleteTenantRow(deps: StepDeps, job: DeletionJobRow): Promise<StepOutcome> {
  const { db } = deps;
  const now = Date.now();
  const uploads = await uploadsInFlight(db, job.tenantId, new Date(now).toISOString());
  if (uploads && uploads.count > 0 && uploads.soonestDeadline) {
    const [waited] = await recordStep(deps, job, TENANT_STAGE);
    return (
      waited && { job: waited, delaySeconds: waitSeconds(Date.parse(uploads.soonestDeadline), now) }
    );
  }
  if (await anythingLeft(deps, job.tenantId)) {
    const [restarted] = await recordStep(deps, job, BLOBS_STAGE);
    return restarted && { job: restarted };
  }
  const guarded = stillAtStep(job);
  const [, , , , , , , completed] = await db.batch([
    // Deliveries a request still in flight wrote after the check just above.
    db.delete(webhookAttempts).where(and(eq(webhookAttempts.tenantId, job.tenantId), guarded)),
    db.delete(webhookDeliveries).where(and(eq(webhookDeliveries.tenantId, job.tenantId), guarded)),
    db.delete(blobUploads).where(and(eq(blobUploads.tenantId, job.tenantId), guarded)),
    db
      .update(deletionJobs)
      .set({ counts: addCount("blob_uploads", sql`changes()`) })
      .where(atStep(job)),
    db.delete(users).where(and(eq(users.tenantId, job.tenantId), guarded)),
    db
      .update(deletionJobs)
      .set({ counts: addCount("users", sql`changes()`) })
      .where(atStep(job)),
    db.delete(tenants).where(and(eq(tenants.id, job.tenantId), guarded)),
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
  return completed[0] && { job: completed[0] };
}
