import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";

/**
 * A Cron Trigger's run as production makes it (`ENVIRONMENT=production`: under `wrangler dev`
 * the cells' sweeps run inline): the Worker's scheduled handler (the control plane's sweeps, and
 * a message per cell), then each cell's message in an invocation of its own through the Worker's
 * queue handler. Throws if a cell's sweeps failed (its message retried).
 */
export async function runScheduled(
  options: { cron?: string; scheduledTime?: number; env?: Cloudflare.Env } = {},
) {
  const sent: unknown[] = [];
  const CELL_SWEEPS = {
    send: async (body: unknown) => void sent.push(body),
    sendBatch: async (messages: { body: unknown }[]) =>
      void sent.push(...messages.map((m) => m.body)),
  };
  const testEnv = {
    ...(options.env ?? env),
    ENVIRONMENT: "production",
    CELL_SWEEPS,
  } as unknown as Cloudflare.Env;
  await worker.scheduled(
    createScheduledController({
      cron: options.cron ?? "",
      scheduledTime: options.scheduledTime ?? Date.now(),
    }),
    testEnv,
    createExecutionContext(),
  );
  for (const [i, body] of sent.entries()) {
    const batch = createMessageBatch("cell-sweeps", [
      { id: `sweep-${i}`, timestamp: new Date(), attempts: 1, body },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, testEnv, ctx);
    const result = await getQueueResult(batch, ctx);
    if (result.retryMessages.length > 0)
      throw new Error(`a cell's sweeps failed: ${JSON.stringify(body)}`);
  }
  return sent.length;
}
