import type * as z from "zod";
import type { Db } from "../db/client";
import type { Bindings } from "../env";
import type { JobRef, JobTable, StepJob } from "./queries";

/** A recorded step: the job as it now stands, and how long to wait before the next one. */
export type StepOutcome<J> = { job: J; delaySeconds?: number } | undefined;

/** One stage of a job: one bounded step of it, recorded guarded by the step it expected. */
export type Stage<D, J> = (deps: D, job: J) => Promise<StepOutcome<J>>;

/** Where a message's job is kept (`db`), and where its next step is sent. */
export type JobContext<M> = { db: Db; queue: Queue<M> };

/**
 * A kind of step job (a deletion, a move, a key rotation): its queue and message, where its jobs are kept, and
 * its stages. The engine (src/jobs/engine.ts) runs any kind: it finds the job a message names,
 * runs the stage the job is at and sends the next step, retries failures with backoff, records
 * them, and fails the job after the last attempt or in its dead-letter queue.
 */
export type JobKind<M, J extends StepJob, C extends JobContext<M>, D> = {
  /** Its queue, as in wrangler.toml (and in logs). */
  queue: string;
  /** Mirrors `max_retries` of the queue's consumer in wrangler.toml. */
  maxRetries: number;
  message: z.ZodType<M>;
  table: JobTable;
  refOf: (message: M) => JobRef;
  /** The message's context; undefined when it names nothing of this configuration (a cell). */
  open: (env: Bindings, message: M) => C | undefined;
  /** The message for the job's current step. */
  messageOf: (context: C, job: J) => M;
  /** What the job's steps work with. */
  deps: (context: C, job: J) => D;
  /** The stage the job is at, from the kind's table of stages. */
  stage: (job: J) => Stage<D, J>;
  /** Whether an error fails the job at once, as no retry would do better. */
  refuses?: (error: unknown) => boolean;
};

/** The stage of `table` the job is at: an unknown one is a bug, retried and then failed. */
export function stageIn<S>(table: Record<string, S>, kind: string, stage: string): S {
  const found = table[stage];
  if (!found) throw new Error(`unknown ${kind} stage ${stage}`);
  return found;
}
