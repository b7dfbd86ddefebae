import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import {
  type WebhookEvent,
  type WebhookEventData,
  type WebhookEventType,
  withoutPersonalData,
} from "./events";
import { markDeliveryFailed, type NewDelivery, type RowDecidedDelivery } from "./queries";

/**
 * Emitting an event, in two steps around the change it reports, which it commits with:
 *
 *   const delivery = prepareEvent(tenantAfterChange, "tenant.updated", data);  // null: not wanted
 *   await db.batch([guardedChange, …, ...(delivery ? [insertDeliveryIfChanged(db, delivery)] : [])]);
 *   await sendDeliveries(db, env.WEBHOOK_DELIVERIES, [delivery]);
 *
 * `insertDeliveryIfChanged` follows a guarded write, so a write that lost a race reports nothing.
 * A write that reads no tenant row before its batch lets the row decide there instead
 * (`prepareRowDecidedEvent`, `insertDeliveryIfReceived`), and sends what the insert returned.
 */

/**
 * The queue message: the delivery's id and its tenant's, whose cell the directory names; the
 * consumer reads everything else fresh.
 */
export type DeliveryMessage = { delivery_id: string; tenant_id: string };

/** The tenant settings that decide whether and how it receives an event. */
export type EventRecipient = Pick<
  TenantRow,
  "id" | "webhookUrl" | "webhookEvents" | "hipaaEnabled" | "webhookEndpointsEnabled"
>;

/** The tenant's own settings subscribe it to `type`: a webhook_url, and the type among its events. */
const primaryReceives = (tenant: EventRecipient, type: WebhookEventType) =>
  Boolean(tenant.webhookUrl) && tenant.webhookEvents.includes(type);

/**
 * The tenant may receive `type`: by its own settings, or by one of its enabled endpoints, whose
 * events the delivery's insert reads (`insertDeliveryIfChanged`).
 */
const receives = (tenant: EventRecipient, type: WebhookEventType) =>
  primaryReceives(tenant, type) || tenant.webhookEndpointsEnabled > 0;

/**
 * The JSON body a tenant receives for one event: with `hipaa`, its data without personal data
 * (`withoutPersonalData`).
 */
function eventPayload<T extends WebhookEventType>(
  event: { tenantId: string; type: T; data: WebhookEventData[T]; timestamp: string },
  hipaa: boolean,
): string {
  const fields = hipaa ? withoutPersonalData(event.data) : event.data;
  const body: WebhookEvent = {
    type: event.type,
    timestamp: event.timestamp,
    data: { tenant_id: event.tenantId, ...fields },
  };
  return JSON.stringify(body);
}

/**
 * The deliveries of one event to `tenant`, or null when the tenant receives no such event (no
 * webhook_url or a type missing from its webhook_events, and no enabled endpoint). Pass the tenant as it is after the
 * change, so a change to the URL or the subscription is judged by the new settings.
 */
export function prepareEvent<T extends WebhookEventType>(
  tenant: EventRecipient,
  type: T,
  data: WebhookEventData[T],
): NewDelivery | null {
  if (!receives(tenant, type)) return null;
  const event = { tenantId: tenant.id, type, data, timestamp: nowIso() };
  return {
    id: newId(),
    tenantId: tenant.id,
    eventType: type,
    payload: eventPayload(event, tenant.hipaaEnabled),
    primary: primaryReceives(tenant, type),
  };
}

/**
 * The delivery of one event to the tenant `tenantId`, for a write that reads no tenant row before
 * its batch: the row decides in the batch, by `prepareEvent`'s rules, whether the delivery is
 * written and which payload it carries (`insertDeliveryIfReceived`); both are ready here.
 */
export function prepareRowDecidedEvent<T extends WebhookEventType>(
  tenantId: string,
  type: T,
  data: WebhookEventData[T],
): RowDecidedDelivery {
  const event = { tenantId, type, data, timestamp: nowIso() };
  return {
    id: newId(),
    tenantId,
    eventType: type,
    payload: eventPayload(event, false),
    hipaaPayload: eventPayload(event, true),
  };
}

/**
 * After the batch that wrote the deliveries committed: one message each. The change already
 * happened, so a failed send does not fail the caller; the deliveries are marked failed with the
 * reason instead, which lists them and lets them be redelivered.
 */
export async function sendDeliveries(
  db: Db,
  queue: Queue<DeliveryMessage>,
  deliveries: (Pick<NewDelivery, "id" | "tenantId"> | null | undefined)[],
): Promise<void> {
  const sent = deliveries.flatMap((delivery) => (delivery ? [delivery] : []));
  const ids = sent.map((delivery) => delivery.id);
  if (ids.length === 0) return;
  try {
    await queue.sendBatch(
      sent.map(({ id, tenantId }) => ({ body: { delivery_id: id, tenant_id: tenantId } })),
    );
  } catch (error) {
    const reason = `could not be queued: ${error instanceof Error ? error.message : String(error)}`;
    console.error(JSON.stringify({ level: "error", event: "webhook_enqueue_failed", ids, reason }));
    await Promise.all(ids.map((id) => markDeliveryFailed(db, id, reason)));
  }
}
