import { consumeDeletionBatch, consumeExhaustedDeletionBatch } from "./deletion/consumer";
import type { Bindings } from "./env";

type QueueConsumer = (batch: MessageBatch, env: Bindings, ctx: ExecutionContext) => Promise<void>;

/** Each queue this Worker consumes (named as in wrangler.toml) and its consumer. */
export const queueConsumers: Record<string, QueueConsumer> = {
  "tenant-deletions": consumeDeletionBatch,
  "tenant-deletions-dlq": consumeExhaustedDeletionBatch,
};

export async function handleQueue(batch: MessageBatch, env: Bindings, ctx: ExecutionContext) {
  const consume = queueConsumers[batch.queue];
  if (!consume) throw new Error(`no consumer for queue ${batch.queue}`);
  await consume(batch, env, ctx);
}
