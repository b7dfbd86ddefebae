import type { TenantMoveRow } from "../db/control-schema";
import type { DeletionPurpose } from "../db/deletion-columns";
import { deletionJobs } from "../db/schema";
import { findDeletionJob, newDeletionJob, resumeDeletionJob } from "../deletion/jobs";
import { BLOBS_STAGE, FAREWELL_STAGE, RECEIPT_STAGE, type SkippedStages } from "../deletion/stages";
import { stepMessage } from "../deletion/step";
import { findTenant } from "../tenants/queries";
import { changesRegion, recordMoveStep } from "./jobs";
import type { MoveDeps, MoveOutcome } from "./step";

/** Seconds between two looks at the source's removal. */
const REMOVAL_POLL_SECONDS = 5;

/**
 * The removal of what a moved tenant left in its old cell runs the deletion's stages, with two
 * purposes of its own: it sends no farewell (the tenant lives on) and writes no receipt (the move
 * is its record); its objects stay when the tenant kept its region, and bucket.
 */
export const SOURCE_REMOVALS = {
  move_source: [FAREWELL_STAGE, RECEIPT_STAGE],
  move_source_rows: [BLOBS_STAGE, FAREWELL_STAGE, RECEIPT_STAGE],
} as const satisfies Record<Exclude<DeletionPurpose, "deletion">, SkippedStages>;

/**
 * The source's copy removed by the deletion machinery: a deletion job in the source cell, of
 * the tenant's rows (and of its objects, when it changed region and bucket), which deletes
 * itself with the tenant's row. The move completes once neither is left in the source; a
 * removal that failed is resumed.
 */
export async function removeSource(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { source, control, env } = deps;
  const send = (removal: { id: string; tenantId: string; step: number }) =>
    env.TENANT_DELETIONS.send(stepMessage(removal, source.cell.name));
  if (job.sourceJobId === null) {
    const purpose = changesRegion(job) ? "move_source" : "move_source_rows";
    const removal = newDeletionJob(
      { id: job.id, tenantId: job.tenantId, requestedBy: job.requestedBy, purpose },
      SOURCE_REMOVALS[purpose],
    );
    await source.db.insert(deletionJobs).values(removal).onConflictDoNothing();
    const recorded = await recordMoveStep(control, job, { sourceJobId: removal.id });
    if (recorded) await send(removal);
    return recorded && { job: recorded, delaySeconds: REMOVAL_POLL_SECONDS };
  }
  const removal = await findDeletionJob(source.db, job.sourceJobId);
  const tenant = await findTenant(source.db, job.tenantId);
  if (!removal && !tenant) {
    const done = await recordMoveStep(control, job, { completed: true });
    return done && { job: done };
  }
  if (removal?.status === "failed") await send(await resumeDeletionJob(source.db, removal));
  const waited = await recordMoveStep(control, job, {});
  return waited && { job: waited, delaySeconds: REMOVAL_POLL_SECONDS };
}
