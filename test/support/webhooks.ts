import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { vi } from "vitest";
import worker from "../../src/index";
import type { DeliveryMessage } from "../../src/webhooks/emit";
import { callJson, type Owner, signup, tenantPath, updateTenant } from "./api-client";

/**
 * The ids of the deliveries the API queues, captured instead of sent: left on the local queue,
 * they would reach the consumer on their own, at a time no test controls.
 */
export function captureQueuedDeliveries(): string[] {
  const queued: string[] = [];
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockImplementation(async (messages) => {
    for (const message of messages) queued.push((message.body as DeliveryMessage).delivery_id);
    return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
  });
  return queued;
}

/**
 * Runs the queue consumer on one message for the delivery, as the queue's `attempt`-th try of
 * it, and tells what the consumer did with the message.
 */
export async function consume(
  deliveryId: string,
  attempt = 1,
  queue = "webhook-deliveries",
  tenantId?: string,
) {
  // Without its tenant, as a message sent before messages named it: found in every cell.
  const body = (
    tenantId ? { delivery_id: deliveryId, tenant_id: tenantId } : { delivery_id: deliveryId }
  ) as DeliveryMessage;
  const batch = createMessageBatch<DeliveryMessage>(queue, [
    { id: `${deliveryId}-${attempt}`, timestamp: new Date(), attempts: attempt, body },
  ]);
  // getQueueResult reports that a message was retried but not the delay it asked for.
  const retry = vi.spyOn(batch.messages[0] as Message<DeliveryMessage>, "retry");
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  const result = await getQueueResult(batch, ctx);
  return {
    acked: result.explicitAcks.includes(`${deliveryId}-${attempt}`),
    retried: result.retryMessages.some((m) => m.msgId === `${deliveryId}-${attempt}`),
    delaySeconds: retry.mock.calls[0]?.[0]?.delaySeconds ?? null,
  };
}

export type ReceivedRequest = { url: string; headers: Record<string, string>; body: string };
type Answer = number | { status: number; headers: Record<string, string> } | Error;

/**
 * The receiver: outbound fetch answers with each of `answers` in turn (the last repeats), and
 * every request is recorded. Responses are built per call: a Response made in one handler
 * cannot be read in another.
 */
export function mockReceiver(answers: Answer[]): ReceivedRequest[] {
  const received: ReceivedRequest[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    received.push({
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    const answer = answers[Math.min(received.length, answers.length) - 1] ?? 200;
    if (answer instanceof Error) throw answer;
    return typeof answer === "number"
      ? new Response(null, { status: answer })
      : new Response(null, answer);
  });
  return received;
}

export const RECEIVER_URL = "https://hooks.example.com/voice";

/** A tenant with a webhook_url, and the secret generated for it (returned that once). */
export async function webhookTenant(
  settings: Record<string, unknown> = {},
): Promise<{ owner: Owner; secret: string }> {
  const owner = await signup();
  const { status, body } = await updateTenant(owner, { webhook_url: RECEIVER_URL, ...settings });
  if (status !== 200 || typeof body.webhook_secret !== "string") {
    throw new Error(`webhook setup failed: ${status} ${JSON.stringify(body)}`);
  }
  return { owner, secret: body.webhook_secret };
}

export type DeliveryDetail = {
  id: string;
  event_type: string;
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_retry_at: string | null;
  event: { type: string; timestamp: string; data: Record<string, unknown> };
  attempt_log: {
    attempt: number;
    status_code: number | null;
    latency_ms: number;
    error: string | null;
  }[];
};

export async function getDelivery(owner: Owner, id: string) {
  return callJson<DeliveryDetail>(tenantPath(owner.tenantId, `/webhook-deliveries/${id}`), {
    token: owner.token,
  });
}
