import { createDb } from "../db/client";
import type { Bindings } from "../env";
import { rootCause } from "../errors";
import { failExhaustedStep, recordStepFailure } from "./jobs";
import { DeletionStepMessage, runDeletionStep, type StepDeps } from "./steps";

/** Mirrors `max_retries` of the `tenant-deletions` consumer in wrangler.toml. */
export const DELETION_MAX_RETRIES = 5;
const FIRST_RETRY_DELAY_SECONDS = 10;
const MAX_RETRY_DELAY_SECONDS = 300;

/** Exponential backoff: 10 s, 20 s, 40 s, … for the 1st, 2nd, 3rd failed attempt. */
export const retryDelaySeconds = (attempts: number) =>
  Math.min(FIRST_RETRY_DELAY_SECONDS * 2 ** (attempts - 1), MAX_RETRY_DELAY_SECONDS);

export const stepDeps = (env: Bindings): StepDeps => ({
  db: createDb(env.DB),
  blobs: env.BLOBS,
  queue: env.TENANT_DELETIONS as Queue<DeletionStepMessage>,
});

function parseStep(message: Message): DeletionStepMessage | undefined {
  const parsed = DeletionStepMessage.safeParse(message.body);
  if (!parsed.success) {
    console.error(
      JSON.stringify({ level: "error", queue: "tenant-deletions", invalid: message.id }),
    );
  }
  return parsed.data;
}

/**
 * The `tenant-deletions` consumer: one step per message, acknowledged or retried on its own, so
 * one failing job does not hold back the others in the batch.
 */
export async function consumeDeletionBatch(batch: MessageBatch, env: Bindings) {
  const deps = stepDeps(env);
  for (const message of batch.messages) {
    const step = parseStep(message);
    if (!step) {
      message.ack();
      continue;
    }
    try {
      await runDeletionStep(deps, step);
      message.ack();
    } catch (error) {
      await reportFailure(deps, step, message.attempts, error);
      // After the last attempt this moves the message to the dead-letter queue.
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

async function reportFailure(
  deps: StepDeps,
  step: DeletionStepMessage,
  attempts: number,
  error: unknown,
) {
  const cause = rootCause(error);
  const final = attempts > DELETION_MAX_RETRIES;
  console.error(
    JSON.stringify({
      level: "error",
      queue: "tenant-deletions",
      ...step,
      attempts,
      final,
      error: cause.message,
    }),
  );
  try {
    await recordStepFailure(
      deps.db,
      { id: step.job_id, step: step.step },
      { attempts, error: `${cause.name}: ${cause.message}`.slice(0, 500), final },
    );
  } catch (recordError) {
    // The retry goes ahead regardless; a job that is never marked failed is caught by the
    // dead-letter consumer below.
    console.error(
      JSON.stringify({
        level: "error",
        queue: "tenant-deletions",
        ...step,
        record: String(recordError),
      }),
    );
  }
}

/**
 * The dead-letter queue's consumer. The main consumer marks a job failed on its last attempt;
 * this catches the steps it never saw fail (an invocation that crashed or ran out of time), so
 * the job shows `failed` and the stalled-job sweep leaves it to an operator.
 */
export async function consumeExhaustedDeletionBatch(batch: MessageBatch, env: Bindings) {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const step = parseStep(message);
    if (step) await failExhaustedStep(db, { id: step.job_id, step: step.step });
    message.ack();
  }
}
