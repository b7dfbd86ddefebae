import type { Actor } from "../activity/queries";
import type { Db } from "../db/client";
import type { TenantRow, WebhookEndpointRow } from "../db/schema";
import { newId } from "../lib/ids";
import { type DeliveryMessage, prepareEvent, sendDeliveries } from "../webhooks/emit";
import {
  failingSinceBefore,
  markEndpointAnswering,
  markEndpointFailing,
  updateEndpoint,
} from "./queries";

/** An endpoint whose every attempt failed for this long is disabled. */
export const DISABLE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

export const ENDPOINT_HEALTH_ACTOR_ID = "system:webhook-endpoint-health";

const healthActor = (): Actor => ({
  actorId: ENDPOINT_HEALTH_ACTOR_ID,
  requestId: newId(),
  ip: null,
  userAgent: null,
});

/**
 * What one attempt says of its endpoint. A success ends its failing; a failure starts it, or,
 * when every attempt since has failed for `DISABLE_AFTER_MS`, disables the endpoint, with its
 * activity entry and a `webhook_endpoint.disabled` event to the tenant's other endpoints (the
 * disabled one no longer takes events: the event's insert follows its update), in one batch.
 */
export async function recordEndpointOutcome(
  db: Db,
  queue: Queue<DeliveryMessage>,
  tenant: TenantRow,
  endpoint: WebhookEndpointRow,
  succeeded: boolean,
  now = new Date(),
): Promise<void> {
  if (succeeded) {
    if (endpoint.failingSince !== null) await markEndpointAnswering(db, endpoint);
    return;
  }
  if (endpoint.failingSince === null) {
    await markEndpointFailing(db, endpoint, now.toISOString());
    return;
  }
  const cutoff = new Date(now.getTime() - DISABLE_AFTER_MS).toISOString();
  if (!endpoint.enabled || endpoint.failingSince > cutoff) return;
  const reason = `every attempt failed since ${endpoint.failingSince}`;
  const delivery = prepareEvent(tenant, "webhook_endpoint.disabled", {
    endpoint_id: endpoint.id,
    url: endpoint.url,
    failing_since: endpoint.failingSince,
    reason,
  });
  const disabled = await updateEndpoint(
    db,
    healthActor(),
    endpoint,
    { enabled: false, disabledReason: reason, updatedAt: now.toISOString() },
    {
      action: "webhook_endpoint.disabled",
      changes: { enabled: { from: true, to: false }, disabled_reason: { from: null, to: reason } },
    },
    { guard: failingSinceBefore(cutoff), delivery },
  );
  if (disabled) await sendDeliveries(db, queue, [delivery]);
}
