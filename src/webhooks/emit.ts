import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import {
  type WebhookEvent,
  type WebhookEventData,
  type WebhookEventType,
  withoutPersonalData,
} from "./events";
import { markDeliveryFailed, type NewDelivery } from "./queries";

/**
 * Emitting an event, in two steps around the change it reports, which it commits with:
 *
 *   const delivery = prepareEvent(tenantAfterChange, "tenant.updated", data);  // null: not wanted
 *   await db.batch([guardedChange, …, ...(delivery ? [insertDeliveryIfChanged(db, delivery)] : [])]);
 *   await sendDeliveries(db, env.WEBHOOK_DELIVERIES, [delivery]);
 *
 * `insertDeliveryIfChanged` follows a guarded write, so a write that lost a race reports nothing.
 */

/** The queue message: only the delivery's id; the consumer reads everything else fresh. */
export type DeliveryMessage = { delivery_id: string };

/** The tenant settings that decide whether and how it receives an event. */
export type EventRecipient = Pick<
  TenantRow,
  "id" | "webhookUrl" | "webhookEvents" | "hipaaEnabled"
>;

/**
 * The delivery of one event to `tenant`, or null when the tenant receives no such event (no
 * webhook_url, or a type missing from its webhook_events). Pass the tenant as it is after the
 * change, so a change to the URL or the subscription is judged by the new settings.
 */
export function prepareEvent<T extends WebhookEventType>(
  tenant: EventRecipient,
  type: T,
  data: WebhookEventData[T],
): NewDelivery | null {
  if (!tenant.webhookUrl || !tenant.webhookEvents.includes(type)) return null;
  const fields = tenant.hipaaEnabled ? withoutPersonalData(data) : data;
  const event: WebhookEvent = {
    type,
    timestamp: nowIso(),
    data: { tenant_id: tenant.id, ...fields },
  };
  return { id: newId(), tenantId: tenant.id, eventType: type, payload: JSON.stringify(event) };
}

/**
 * After the batch that wrote the deliveries committed: one message each. The change already
 * happened, so a failed send does not fail the caller; the deliveries are marked failed with the
 * reason instead, which lists them and lets them be redelivered.
 */
export async function sendDeliveries(
  db: Db,
  queue: Queue<DeliveryMessage>,
  deliveries: (NewDelivery | null)[],
): Promise<void> {
  const ids = deliveries.flatMap((delivery) => (delivery ? [delivery.id] : []));
  if (ids.length === 0) return;
  try {
    await queue.sendBatch(ids.map((id) => ({ body: { delivery_id: id } })));
  } catch (error) {
    const reason = `could not be queued: ${error instanceof Error ? error.message : String(error)}`;
    console.error(JSON.stringify({ level: "error", event: "webhook_enqueue_failed", ids, reason }));
    await Promise.all(ids.map((id) => markDeliveryFailed(db, id, reason)));
  }
}
