import type { CellSweepDeps } from "../cells/sweep-deps";
import { claimStalledJobs } from "./jobs";
import { stepMessage } from "./step";

// Longer than the longest retry backoff, so a job waiting out a retry is not mistaken for lost.
const STALLED_AFTER_MINUTES = 10;
// One `sendBatch` holds at most 100 messages.
const MAX_JOBS_PER_SWEEP = 100;

/**
 * Sends the current step again for the cell's jobs that recorded nothing for a while: their
 * message was lost (a send that failed after a step was recorded, a crash in between). A
 * duplicate is harmless: a step the job no longer expects does nothing.
 */
export async function resendStalledDeletions({ env, db, cell }: CellSweepDeps, now: Date) {
  const before = new Date(now.getTime() - STALLED_AFTER_MINUTES * 60_000).toISOString();
  const stalled = await claimStalledJobs(db, before, MAX_JOBS_PER_SWEEP);
  if (stalled.length > 0) {
    await env.TENANT_DELETIONS.sendBatch(
      stalled.map((job) => ({ body: stepMessage(job, cell.name) })),
    );
  }
  return stalled.length;
}
