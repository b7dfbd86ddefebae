import type { TenantMoveRow } from "../db/control-schema";
import { type DeletionJobRow, deletionJobs } from "../db/schema";
import { findDeletionJob, resumeDeletionJob } from "../deletion/jobs";
import { firstStage } from "../deletion/stages";
import { stepMessage } from "../deletion/step";
import { nowIso } from "../lib/ids";
import { findTenant } from "../tenants/queries";
import { changesRegion, recordMoveStep } from "./jobs";
import type { MoveDeps, MoveOutcome } from "./step";

/** Seconds between two looks at the source's removal. */
const REMOVAL_POLL_SECONDS = 5;

/**
 * The source's copy removed by the deletion machinery: a deletion job in the source cell, of
 * the tenant's rows (and of its objects, when it changed region and bucket), with no farewell
 * and no receipt, which deletes itself with the tenant's row. The move completes once neither is
 * left in the source; a removal that failed is resumed.
 */
export async function removeSource(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  const { source, control, env } = deps;
  const send = (removal: DeletionJobRow) =>
    env.TENANT_DELETIONS.send(stepMessage(removal, source.cell.name));
  if (job.sourceJobId === null) {
    const now = nowIso();
    const removal: DeletionJobRow = {
      id: job.id,
      tenantId: job.tenantId,
      requestedBy: job.requestedBy,
      requestedSession: null,
      purpose: changesRegion(job) ? "move_source" : "move_source_rows",
      status: "pending",
      stage: "",
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
    removal.stage = firstStage(removal);
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
