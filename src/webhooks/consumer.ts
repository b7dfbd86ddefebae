import * as z from "zod";
import { createDb } from "../db/client";
import type { Bindings } from "../env";
import { attemptDelivery } from "./deliver";
import { markDeliveryFailed } from "./queries";
import { retryDelaySeconds, WEBHOOK_MAX_ATTEMPTS } from "./retry-policy";

const DeliveryMessageBody = z.object({ delivery_id: z.string().min(1) });

function deliveryIdOf(message: Message<unknown>): string | null {
  const parsed = DeliveryMessageBody.safeParse(message.body);
  if (parsed.success) return parsed.data.delivery_id;
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
      const deliveryId = deliveryIdOf(message);
      if (!deliveryId) return message.ack();
      try {
        const { retryInSeconds } = await attemptDelivery(env, deliveryId, {
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
            delivery_id: deliveryId,
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
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const deliveryId = deliveryIdOf(message);
    if (deliveryId) {
      await markDeliveryFailed(db, deliveryId, "abandoned after repeated internal errors");
    }
    message.ack();
  }
}
