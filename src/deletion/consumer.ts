import { type Cell, cellDatabase, cellNamed, regionBucket } from "../cells/config";
import { createDb } from "../db/client";
import type { Bindings } from "../env";
import { rootCause } from "../errors";
import { failExhaustedStep, recordStepFailure } from "./jobs";
import { runDeletionStep } from "./run-step";
import { DeletionStepMessage, type StepDeps } from "./step";

/** Mirrors `max_retries` of the `tenant-deletions` consumer in wrangler.toml. */
export const DELETION_MAX_RETRIES = 5;
const FIRST_RETRY_DELAY_SECONDS = 10;
const MAX_RETRY_DELAY_SECONDS = 300;

/** Exponential backoff: 10 s, 20 s, 40 s, … after the 1st, 2nd, 3rd failed attempt. */
export const retryDelaySeconds = (attempts: number) =>
  Math.min(FIRST_RETRY_DELAY_SECONDS * 2 ** (attempts - 1), MAX_RETRY_DELAY_SECONDS);

/** What a step in `cell` works with: its database and bucket, the control plane, the queues. */
export const stepDeps = (env: Bindings, cell: Cell): StepDeps => ({
  db: createDb(cellDatabase(env, cell)),
  cell,
  control: createDb(env.DB),
  blobs: regionBucket(env, cell.region),
  queue: env.TENANT_DELETIONS as Queue<DeletionStepMessage>,
  webhooks: env.WEBHOOK_DELIVERIES,
});

const logError = (fields: Record<string, unknown>) =>
  console.error(JSON.stringify({ level: "error", ...fields }));

/**
 * The message's step and its cell; a malformed one, or one naming no cell of the configuration,
 * is logged and acknowledged, as no retry can fix it.
 */
function parseStep(
  env: Bindings,
  queue: string,
  message: Message,
): { step: DeletionStepMessage; cell: Cell } | undefined {
  const parsed = DeletionStepMessage.safeParse(message.body);
  const cell = parsed.success ? cellNamed(env, parsed.data.cell) : undefined;
  if (!parsed.success || !cell) {
    logError({ queue, malformed_message: message.id });
    message.ack();
    return undefined;
  }
  return { step: parsed.data, cell };
}

/**
 * The `tenant-deletions` consumer: one step per message, each acknowledged or retried on its
 * own, so a failing job does not hold back the others in the batch.
 */
export async function consumeDeletionBatch(batch: MessageBatch, env: Bindings) {
  for (const message of batch.messages) {
    const parsed = parseStep(env, batch.queue, message);
    if (!parsed) continue;
    const { step } = parsed;
    const deps = stepDeps(env, parsed.cell);
    try {
      await runDeletionStep(deps, step);
      message.ack();
    } catch (error) {
      await reportFailure(deps, step, message.attempts, error);
      // After the last attempt, this moves the message to the dead-letter queue.
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/** Shows the error on the job while the step is retried; marks it failed after the last try. */
async function reportFailure(
  deps: StepDeps,
  step: DeletionStepMessage,
  attempts: number,
  error: unknown,
) {
  const cause = rootCause(error);
  const final = attempts > DELETION_MAX_RETRIES;
  logError({ queue: "tenant-deletions", ...step, attempts, final, error: cause.message });
  try {
    await recordStepFailure(
      deps.db,
      { id: step.job_id, step: step.step },
      { attempts, error: `${cause.name}: ${cause.message}`.slice(0, 500), final },
    );
  } catch (recordError) {
    // The retry goes ahead regardless; should the job never be marked failed this way, the
    // dead-letter consumer does it.
    logError({ queue: "tenant-deletions", ...step, unrecorded: rootCause(recordError).message });
  }
}

/**
 * The dead-letter queue's consumer. The main consumer marks a job failed on its last attempt;
 * this catches the steps it never saw fail (an invocation that crashed or ran out of time), so
 * the job shows `failed` and the stalled-job sweep leaves it to an operator.
 */
export async function consumeExhaustedDeletionBatch(batch: MessageBatch, env: Bindings) {
  for (const message of batch.messages) {
    const parsed = parseStep(env, batch.queue, message);
    if (!parsed) continue;
    const { step } = parsed;
    const db = createDb(cellDatabase(env, parsed.cell));
    await failExhaustedStep(db, { id: step.job_id, step: step.step });
    message.ack();
  }
}
