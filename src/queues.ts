import type { Bindings } from "./env";
import { DELETIONS, jobQueues, KEY_ROTATIONS, MOVES } from "./jobs/kinds";
import { consumeCellSweeps } from "./scheduled";
import { deliverWebhooks, failDeadLetteredDeliveries } from "./webhooks/consumer";

type QueueConsumer = (
  batch: MessageBatch<unknown>,
  env: Bindings,
  ctx: ExecutionContext,
) => Promise<void>;

/** Queue name (as in wrangler.toml) → its consumer. A new queue is one line here. */
const CONSUMERS: Record<string, QueueConsumer> = {
  "webhook-deliveries": deliverWebhooks,
  "webhook-deliveries-dlq": failDeadLetteredDeliveries,
  // tenant-deletions, tenant-moves, key-rotations, and their dead-letter queues: one step-job
  // engine.
  ...jobQueues(DELETIONS),
  ...jobQueues(MOVES),
  ...jobQueues(KEY_ROTATIONS),
  "cell-sweeps": consumeCellSweeps,
};

/** The Worker's `queue` handler: one entry point for every queue, dispatched by name. */
export async function handleQueue(
  batch: MessageBatch<unknown>,
  env: Bindings,
  ctx: ExecutionContext,
): Promise<void> {
  const consume = CONSUMERS[batch.queue];
  // Throwing retries the whole batch, so a queue bound by mistake loses no messages.
  if (!consume) throw new Error(`no consumer for queue ${batch.queue}`);
  await consume(batch, env, ctx);
}
