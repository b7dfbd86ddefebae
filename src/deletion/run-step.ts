import type { DeletionJobRow } from "../db/schema";
import { tenantTableNamed } from "../db/tenant-tables";
import { deleteBlobPage } from "./delete-blobs";
import { deleteRowChunk } from "./delete-rows";
import { bidFarewell } from "./farewell";
import { deleteTenantRow } from "./final-step";
import { findDeletionJob, isActive } from "./jobs";
import { writeReceipt } from "./receipt";
import { BLOBS_STAGE, FAREWELL_STAGE, RECEIPT_STAGE, TENANT_STAGE } from "./stages";
import { type DeletionStepMessage, type StepDeps, type StepOutcome, stepMessage } from "./step";

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
    await deps.queue.send(
      stepMessage(outcome.job, deps.cell.name),
      delaySeconds ? { delaySeconds } : undefined,
    );
  }
}

const recorded = (job: DeletionJobRow | undefined): StepOutcome => job && { job };

function runStage(deps: StepDeps, job: DeletionJobRow): Promise<StepOutcome> {
  switch (job.stage) {
    case BLOBS_STAGE:
      return deleteBlobPage(deps, job).then(recorded);
    case FAREWELL_STAGE:
      return bidFarewell(deps, job);
    case TENANT_STAGE:
      return deleteTenantRow(deps, job);
    case RECEIPT_STAGE:
      return writeReceipt(deps, job);
    default:
      return deleteRowChunk(deps.db, job, tenantTableNamed(job.stage)).then(recorded);
  }
}
