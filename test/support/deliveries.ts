import { env } from "cloudflare:workers";
import { callFacts } from "../../src/calls/events";
import { findCall } from "../../src/calls/queries";
import { createDb } from "../../src/db/client";
import { findTenant } from "../../src/tenants/queries";
import { prepareEvent } from "../../src/webhooks/emit";

export type StoredDelivery = { id: string; event_type: string; payload: string; status: string };

/** The tenant's deliveries of `eventType`, as stored. */
export async function storedDeliveries(tenantId: string, eventType: string) {
  const { results } = await env.CELL_US_1.prepare(
    "SELECT id, event_type, payload, status FROM webhook_deliveries WHERE tenant_id = ? AND event_type = ?",
  )
    .bind(tenantId, eventType)
    .all<StoredDelivery>();
  return results;
}

/** A payload without its timestamp, which each preparation takes at its own instant. */
export function untimed(payload: string): Record<string, unknown> {
  const { timestamp, ...event } = JSON.parse(payload) as Record<string, unknown>;
  if (typeof timestamp !== "string") throw new Error(`no timestamp in ${payload}`);
  return event;
}

/**
 * The `call.started` payload `prepareEvent` makes for the stored call and its tenant's row as they
 * are now, untimed; null when the tenant receives none.
 */
export async function preparedCallStarted(tenantId: string, callId: string) {
  const db = createDb(env.CELL_US_1);
  const [tenant, call] = await Promise.all([
    findTenant(db, tenantId),
    findCall(db, tenantId, callId),
  ]);
  if (!tenant || !call) throw new Error(`no tenant ${tenantId} or call ${callId}`);
  const delivery = prepareEvent(tenant, "call.started", callFacts(call));
  return delivery && untimed(delivery.payload);
}
