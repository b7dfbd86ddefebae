import { createDb } from "../db/client";
import type { Bindings } from "../env";
import { rootCause } from "../errors";
import { recordMoveFailure } from "./jobs";
import { runMoveStep } from "./run-step";
import { MoveRefused } from "./stages";
import { MoveStepMessage } from "./step";

/** Mirrors `max_retries` of the `tenant-moves` consumer in wrangler.toml. */
export const MOVE_MAX_RETRIES = 5;
const retryDelaySeconds = (attempts: number) => Math.min(10 * 2 ** (attempts - 1), 300);

const logError = (fields: Record<string, unknown>) =>
  console.error(JSON.stringify({ level: "error", ...fields }));

function parse(queue: string, message: Message): MoveStepMessage | undefined {
  const parsed = MoveStepMessage.safeParse(message.body);
  if (!parsed.success) {
    logError({ queue, malformed_message: message.id });
    message.ack();
  }
  return parsed.data;
}

/**
 * The `tenant-moves` consumer: one step per message, each acknowledged or retried on its own. A
 * step that cannot succeed (`MoveRefused`) fails the move at once; another error is retried with
 * backoff, shown on the move, and fails it after the last retry.
 */
export async function consumeMoveBatch(batch: MessageBatch, env: Bindings) {
  const control = createDb(env.DB);
  for (const message of batch.messages) {
    const step = parse(batch.queue, message);
    if (!step) continue;
    try {
      await runMoveStep(env, step);
      message.ack();
    } catch (error) {
      const cause = rootCause(error);
      const final = error instanceof MoveRefused || message.attempts > MOVE_MAX_RETRIES;
      logError({
        queue: batch.queue,
        ...step,
        attempts: message.attempts,
        final,
        error: cause.message,
      });
      await recordMoveFailure(
        control,
        { id: step.move_id, step: step.step },
        {
          attempts: message.attempts,
          error: `${cause.name}: ${cause.message}`.slice(0, 500),
          final,
        },
      ).catch(() => undefined);
      if (final) message.ack();
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/** The dead-letter queue's consumer: a step that crashed through every retry fails its move. */
export async function consumeExhaustedMoveBatch(batch: MessageBatch, env: Bindings) {
  const control = createDb(env.DB);
  for (const message of batch.messages) {
    const step = parse(batch.queue, message);
    if (!step) continue;
    await recordMoveFailure(
      control,
      { id: step.move_id, step: step.step },
      { attempts: message.attempts, error: `step ${step.step} ran out of retries`, final: true },
    );
    message.ack();
  }
}
