import type { Bindings } from "../env";
import { rootCause } from "../errors";
import type { JobContext, JobKind } from "./kind";
import {
  claimStalledJobs,
  failExhaustedStep,
  findJob,
  isActive,
  recordStepFailure,
  type StepJob,
} from "./queries";

const FIRST_RETRY_DELAY_SECONDS = 10;
const MAX_RETRY_DELAY_SECONDS = 300;

/** Exponential backoff: 10 s, 20 s, 40 s, … after the 1st, 2nd, 3rd failed attempt. */
export const retryDelaySeconds = (attempts: number) =>
  Math.min(FIRST_RETRY_DELAY_SECONDS * 2 ** (attempts - 1), MAX_RETRY_DELAY_SECONDS);

const logError = (fields: Record<string, unknown>) =>
  console.error(JSON.stringify({ level: "error", ...fields }));

/**
 * Runs one bounded step of a job and sends the next one. A message whose step the job no longer
 * expects (a duplicate, a retry of a step that did complete, a finished job) does nothing. Every
 * write of a step is guarded by the job still expecting it, so running a step twice cannot write
 * twice or fork the chain.
 */
export async function runStep<M, J extends StepJob, C extends JobContext<M>, D>(
  kind: JobKind<M, J, C, D>,
  context: C,
  message: M,
) {
  const ref = kind.refOf(message);
  const job = await findJob<J>(context.db, kind.table, ref.id);
  if (!job || job.step !== ref.step || !isActive(job)) return;
  const outcome = await kind.stage(job)(kind.deps(context, job), job);
  // Undefined: a concurrent delivery of the same step got there first and sends the next one.
  // If this send is lost, the job stalls and the scheduled sweep sends it again.
  if (outcome && outcome.job.status !== "completed") {
    const { delaySeconds } = outcome;
    await context.queue.send(
      kind.messageOf(context, outcome.job),
      delaySeconds ? { delaySeconds } : undefined,
    );
  }
}

/**
 * The message's step and its context; a malformed one, or one naming nothing of this
 * configuration, is logged and acknowledged, as no retry can fix it.
 */
function parse<M, J extends StepJob, C extends JobContext<M>, D>(
  kind: JobKind<M, J, C, D>,
  env: Bindings,
  queue: string,
  message: Message,
) {
  const parsed = kind.message.safeParse(message.body);
  const context = parsed.success ? kind.open(env, parsed.data) : undefined;
  if (!parsed.success || !context) {
    logError({ queue, malformed_message: message.id });
    message.ack();
    return undefined;
  }
  return { step: parsed.data, context };
}

/**
 * The kind's consumer: one step per message, each acknowledged or retried on its own, so a
 * failing job does not hold back the others in the batch. A failure is retried with backoff and
 * shown on the job; after the last attempt the job is failed, and the message goes on to the
 * dead-letter queue. A step the kind refuses fails its job at once.
 */
export const consumeSteps =
  <M, J extends StepJob, C extends JobContext<M>, D>(kind: JobKind<M, J, C, D>) =>
  async (batch: MessageBatch, env: Bindings) => {
    for (const message of batch.messages) {
      const parsed = parse(kind, env, batch.queue, message);
      if (!parsed) continue;
      const { step, context } = parsed;
      try {
        await runStep(kind, context, step);
        message.ack();
      } catch (error) {
        const refused = kind.refuses?.(error) ?? false;
        await reportFailure(kind, context, step, message.attempts, error, refused);
        if (refused) message.ack();
        // After the last attempt, this moves the message to the dead-letter queue.
        else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }
  };

/** Shows the error on the job while the step is retried; marks it failed after the last try. */
async function reportFailure<M, J extends StepJob, C extends JobContext<M>, D>(
  kind: JobKind<M, J, C, D>,
  context: C,
  step: M,
  attempts: number,
  error: unknown,
  refused: boolean,
) {
  const cause = rootCause(error);
  const final = refused || attempts > kind.maxRetries;
  logError({ queue: kind.queue, ...step, attempts, final, error: cause.message });
  try {
    await recordStepFailure(context.db, kind.table, kind.refOf(step), {
      attempts,
      error: `${cause.name}: ${cause.message}`.slice(0, 500),
      final,
    });
  } catch (recordError) {
    // The retry goes ahead regardless; should the job never be marked failed this way, the
    // dead-letter consumer does it.
    logError({ queue: kind.queue, ...step, unrecorded: rootCause(recordError).message });
  }
}

/**
 * The dead-letter queue's consumer. The main consumer marks a job failed on its last attempt;
 * this catches the steps it never saw fail (an invocation that crashed or ran out of time), so
 * the job shows `failed` and the stalled-job sweep leaves it to an operator.
 */
export const consumeExhaustedSteps =
  <M, J extends StepJob, C extends JobContext<M>, D>(kind: JobKind<M, J, C, D>) =>
  async (batch: MessageBatch, env: Bindings) => {
    for (const message of batch.messages) {
      const parsed = parse(kind, env, batch.queue, message);
      if (!parsed) continue;
      await failExhaustedStep(parsed.context.db, kind.table, kind.refOf(parsed.step));
      message.ack();
    }
  };

// Longer than the longest retry backoff, so a job waiting out a retry is not mistaken for lost.
const STALLED_AFTER_MINUTES = 10;
// One `sendBatch` holds at most 100 messages.
const MAX_JOBS_PER_SWEEP = 100;

/**
 * Sends the current step again for the jobs of `context` that recorded nothing for a while:
 * their message was lost (a send that failed after a step was recorded, a crash in between). A
 * duplicate is harmless: a step the job no longer expects does nothing.
 */
export async function resendStalled<M, J extends StepJob, C extends JobContext<M>, D>(
  kind: JobKind<M, J, C, D>,
  context: C,
  now: Date,
) {
  const before = new Date(now.getTime() - STALLED_AFTER_MINUTES * 60_000).toISOString();
  const stalled = await claimStalledJobs<J>(context.db, kind.table, before, MAX_JOBS_PER_SWEEP);
  if (stalled.length > 0) {
    await context.queue.sendBatch(stalled.map((job) => ({ body: kind.messageOf(context, job) })));
  }
  return stalled.length;
}
