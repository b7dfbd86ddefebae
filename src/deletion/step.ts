import * as z from "zod";
import type { Db } from "../db/client";
import type { DeletionJobRow } from "../db/schema";
import type { DeliveryMessage } from "../webhooks/emit";

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

/** What a step works with: the bindings, as the consumer or a test hands them over. */
export type StepDeps = {
  db: Db;
  blobs: R2Bucket;
  queue: Queue<DeletionStepMessage>;
  /** Where the farewell queues `tenant.deleted`. */
  webhooks: Queue<DeliveryMessage>;
};

/** A recorded step: the job as it now stands, and how long to wait before the next one. */
export type StepOutcome = { job: DeletionJobRow; delaySeconds?: number } | undefined;

/** Bounds on the wait between two looks at something a step waits for. */
const MIN_WAIT_SECONDS = 5;
const MAX_WAIT_SECONDS = 300;

/** Seconds until the next look at something expected by `at` (an ISO time), bounded. */
export function waitSeconds(at: number, now: number) {
  const wanted = Math.ceil((at - now) / 1000) + 1;
  return Math.min(MAX_WAIT_SECONDS, Math.max(MIN_WAIT_SECONDS, wanted));
}
