import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { qualified } from "../db/qualified";
import { calls } from "../db/schema";
import { type EventRecipient, prepareEvent } from "../webhooks/emit";
import type { WebhookEventData } from "../webhooks/events";
import type { NewDelivery } from "../webhooks/queries";
import type { CallRow } from "./schemas";

export const callFacts = (call: CallRow): WebhookEventData["call.started"] => ({
  call_id: call.id,
  agent_id: call.agentId,
  direction: call.direction,
  from_number: call.fromNumber,
  to_number: call.toNumber,
  started_at: call.startedAt,
});

// The facts of `call.ended` that only the ended row holds: its duration is computed by the
// statement that ends the call, in the same batch as the delivery.
const FROM_ENDED_ROW = {
  agent_id: calls.agentId,
  direction: calls.direction,
  from_number: calls.fromNumber,
  to_number: calls.toNumber,
  started_at: calls.startedAt,
  duration_seconds: calls.durationSeconds,
} satisfies Partial<Record<keyof WebhookEventData["call.ended"], SQLiteColumn>>;

/**
 * The `call.ended` delivery of an end about to be made, or null when the tenant does not receive
 * it. The facts the end computes are placeholders here, filled in by `endedCallPayload`.
 */
export function prepareCallEnded(
  tenant: EventRecipient,
  target: { id: string },
  reason: string,
  endedAt: string,
): NewDelivery | null {
  return prepareEvent(tenant, "call.ended", {
    call_id: target.id,
    agent_id: null,
    direction: "inbound",
    from_number: "",
    to_number: "",
    started_at: "",
    ended_at: endedAt,
    duration_seconds: null,
    ended_reason: reason,
  });
}

/**
 * The delivery's payload completed from the ended row, in SQL, for an insert that runs after the
 * end in its batch. `json_replace` leaves out what the payload left out (a HIPAA tenant's phone
 * numbers) and keeps the fields' order.
 */
export function endedCallPayload(delivery: NewDelivery, target: { tenantId: string; id: string }) {
  const replacements: SQL[] = Object.entries(FROM_ENDED_ROW).map(
    ([field, c]) => sql`${`$.data.${field}`}, ${qualified(c)}`,
  );
  return sql`(SELECT json_replace(${delivery.payload}, ${sql.join(replacements, sql`, `)})
    FROM ${calls} WHERE ${qualified(calls.tenantId)} = ${target.tenantId} AND ${qualified(calls.id)} = ${target.id})`;
}
