import { eq, sql } from "drizzle-orm";
import { deletionReceipts, tenantDirectory, users } from "../db/control-schema";
import { type DeletionJobRow, deletionJobs } from "../db/schema";
import { nowIso } from "../lib/ids";
import { atStep } from "./jobs";
import { DONE_STAGE } from "./stages";
import type { StepDeps, StepOutcome } from "./step";

/**
 * A deletion ends in the control plane: in one batch there, the receipt (the job as it ends, the
 * owner's account counted), the owner's account and the directory entry; then the cell's job
 * row, the last row of the tenant in any cell. A step that dies in between is repeated: the
 * receipt is written once, the rest deletes what is still there.
 */
export async function writeReceipt(
  { db, control }: StepDeps,
  job: DeletionJobRow,
): Promise<StepOutcome> {
  const now = nowIso();
  const receipt: DeletionJobRow = {
    ...job,
    status: "completed",
    stage: DONE_STAGE,
    step: job.step + 1,
    attempts: 0,
    lastError: null,
    pendingBlobKeys: null,
    updatedAt: now,
    completedAt: now,
  };
  const ownAccounts = sql`(SELECT count(*) FROM ${users} WHERE ${users.tenantId} = ${job.tenantId})`;
  await control.batch([
    control
      .insert(deletionReceipts)
      .values({
        ...receipt,
        counts: sql`json_set(${JSON.stringify(job.counts)}, '$.users', ${ownAccounts})`,
      })
      .onConflictDoNothing({ target: deletionReceipts.tenantId }),
    control.delete(users).where(eq(users.tenantId, job.tenantId)),
    control.delete(tenantDirectory).where(eq(tenantDirectory.tenantId, job.tenantId)),
  ]);
  await db.delete(deletionJobs).where(atStep(job));
  return { job: receipt };
}
