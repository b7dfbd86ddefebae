import * as z from "zod";
import type { Cell } from "../cells/config";
import type { Db } from "../db/client";
import type { DeletionJobRow } from "../db/schema";
import type { StepOutcome as JobStepOutcome } from "../jobs/kind";
import type { DeliveryMessage } from "../webhooks/emit";

/**
 * A queue message: run step `step` of job `job_id`, of tenant `tenant_id`, in cell `cell`. The
 * message names its cell, not only its tenant: a tenant being deleted cannot move, and the copy a
 * moved tenant left behind is in a cell the directory no longer names.
 */
export const DeletionStepMessage = z.object({
  job_id: z.string().min(1),
  tenant_id: z.string().min(1),
  cell: z.string().min(1),
  step: z.number().int().min(0),
});
export type DeletionStepMessage = z.infer<typeof DeletionStepMessage>;

export const stepMessage = (
  job: { id: string; tenantId: string; step: number },
  cell: string,
): DeletionStepMessage => ({ job_id: job.id, tenant_id: job.tenantId, cell, step: job.step });

/** What the steps in a cell work with: the bindings, as the consumer or a test hands them over. */
export type StepDeps = {
  /** The cell's database, where the job and the tenant's rows are. */
  db: Db;
  cell: Cell;
  /** The control plane, where a completed deletion leaves its receipt. */
  control: Db;
  blobs: R2Bucket;
  queue: Queue<DeletionStepMessage>;
  /** Where the farewell queues `tenant.deleted`. */
  webhooks: Queue<DeliveryMessage>;
};

/** What a step of a job works with: the cell's, and the stages the job's purpose skips. */
export type DeletionDeps = StepDeps & { skipped: readonly string[] };

/** A recorded step: the job as it now stands, and how long to wait before the next one. */
export type StepOutcome = JobStepOutcome<DeletionJobRow>;
