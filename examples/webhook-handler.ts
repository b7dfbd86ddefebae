// A webhook receiver's handler with the generated types: every event's payload is typed from the
// OpenAPI document's `webhooks`, so the compiler checks each field read below.
import { Webhook } from "standardwebhooks";
import type { WebhookEvent } from "../client";

/** A line saying what the event reports; `type` narrows the payload to its own fields. */
export function describeEvent(event: WebhookEvent): string {
  const { data } = event;
  switch (event.type) {
    case "tenant.updated":
      return `tenant ${data.tenant_id} changed ${event.data.changed_fields.join(", ")}`;
    case "tenant.deletion_scheduled":
      return `tenant ${data.tenant_id} will be deleted at ${event.data.scheduled_for}`;
    case "tenant.deletion_reminder":
      return `tenant ${data.tenant_id} will be deleted in a day, at ${event.data.scheduled_for}`;
    case "tenant.deletion_cancelled":
      return `tenant ${data.tenant_id} is kept: deletion ${event.data.deletion_id} cancelled`;
    case "tenant.deletion_started":
      return `tenant ${data.tenant_id} is being deleted (job ${event.data.deletion_id})`;
    case "tenant.deleted":
      return `tenant ${data.tenant_id} was deleted (job ${event.data.deletion_id})`;
    case "call.started":
      return `call ${event.data.call_id} started (${event.data.direction})`;
    case "call.ended":
      return `call ${event.data.call_id} ended after ${event.data.duration_seconds ?? "?"} s`;
    case "webhook.test":
      return `test: ${event.data.message}`;
    case "member.invited":
      // A tenant with hipaa_enabled receives no email: the field is optional in the type too.
      return `member ${event.data.member_id} invited${event.data.email ? ` (${event.data.email})` : ""}`;
    case "webhook_endpoint.disabled":
      return `webhook endpoint ${event.data.endpoint_id} disabled since ${event.data.failing_since ?? "?"}`;
    case "usage.threshold_reached":
      return `${event.data.metric} reached ${event.data.value} (alert at ${event.data.threshold}) in ${event.data.period}`;
  }
}

/**
 * A delivery as it arrives: its signature verified by the Standard Webhooks library (which throws
 * on a bad one: answer 400, which is not retried), then its body read as the typed event.
 */
export function receiveDelivery(secret: string, body: string, headers: Record<string, string>) {
  new Webhook(secret).verify(body, headers);
  const event: WebhookEvent = JSON.parse(body);
  return { id: headers["webhook-id"], event, summary: describeEvent(event) };
}
