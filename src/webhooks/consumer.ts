import * as z from "zod";
import type { Bindings } from "../env";
import { attemptDelivery, type DeliveryRef, deliveryCell } from "./deliver";
import { markDeliveryFailed } from "./queries";
import { retryDelaySeconds, WEBHOOK_MAX_ATTEMPTS } from "./retry-policy";

const DeliveryMessageBody = z.object({
  delivery_id: z.string().min(1),
  tenant_id: z.string().min(1).optional(),
});

function deliveryOf(message: Message<unknown>): DeliveryRef | null {
  const parsed = DeliveryMessageBody.safeParse(message.body);
  if (parsed.success)
    return { deliveryId: parsed.data.delivery_id, tenantId: parsed.data.tenant_id };
  console.error(
    JSON.stringify({ level: "error", event: "webhook_message_malformed", id: message.id }),
  );
  return null;
}

/**
 * The `webhook-deliveries` consumer. Messages are handled side by side and acknowledged or
 * retried one by one, so a slow or failing receiver does not hold back the others in the batch.
 */
export async function deliverWebhooks(batch: MessageBatch<unknown>, env: Bindings): Promise<void> {
  await Promise.all(
    batch.messages.map(async (message) => {
      const ref = deliveryOf(message);
      if (!ref) return message.ack();
      try {
        const { retryInSeconds } = await attemptDelivery(env, ref, {
          attempt: message.attempts,
          last: message.attempts >= WEBHOOK_MAX_ATTEMPTS,
        });
        if (retryInSeconds === null) message.ack();
        else message.retry({ delaySeconds: retryInSeconds });
      } catch (error) {
        // Our side failed (D1, decryption): try again later. Past max_retries the queue moves
        // the message to the dead-letter queue, whose consumer records the failure.
        console.error(
          JSON.stringify({
            level: "error",
            event: "webhook_delivery_error",
            delivery_id: ref.deliveryId,
            message: error instanceof Error ? error.message : String(error),
          }),
        );
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }),
  );
}

/** The `webhook-deliveries-dlq` consumer: what the delivery consumer gave up on is marked failed. */
export async function failDeadLetteredDeliveries(
  batch: MessageBatch<unknown>,
  env: Bindings,
): Promise<void> {
  for (const message of batch.messages) {
    const ref = deliveryOf(message);
    const db = ref && (await deliveryCell(env, ref));
    if (ref && db) {
      await markDeliveryFailed(db, ref.deliveryId, "abandoned after repeated internal errors");
    }
    message.ack();
  }
}
