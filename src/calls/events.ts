import { inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { type TenantRow, tenants } from "../db/schema";
import { type DeliveryMessage, type EventRecipient, emitEvent } from "../webhooks/emit";
import type { WebhookEventData } from "../webhooks/events";
import type { CallRow } from "./schemas";

export const callFacts = (call: CallRow): WebhookEventData["call.started"] => ({
  call_id: call.id,
  agent_id: call.agentId,
  direction: call.direction,
  from_number: call.fromNumber,
  to_number: call.toNumber,
  started_at: call.startedAt,
});

/**
 * `call.ended` follows the end rather than committing with it: its duration is computed by the
 * statement that ends the call.
 */
export const emitCallEnded = (
  db: Db,
  queue: Queue<DeliveryMessage>,
  tenant: EventRecipient | TenantRow,
  call: CallRow,
) =>
  emitEvent(db, queue, tenant, "call.ended", {
    ...callFacts(call),
    ended_at: call.endedAt ?? call.updatedAt,
    duration_seconds: call.durationSeconds,
    ended_reason: call.endedReason,
  });

// D1 binds at most 100 parameters a statement.
const TENANTS_PER_QUERY = 100;

/** `call.ended` for calls ended by the sweep, each to its own tenant's webhook. */
export async function emitCallsEnded(db: Db, queue: Queue<DeliveryMessage>, ended: CallRow[]) {
  const ids = [...new Set(ended.map((call) => call.tenantId))];
  const recipients = new Map<string, TenantRow>();
  for (let i = 0; i < ids.length; i += TENANTS_PER_QUERY) {
    const chunk = ids.slice(i, i + TENANTS_PER_QUERY);
    for (const tenant of await db.select().from(tenants).where(inArray(tenants.id, chunk))) {
      recipients.set(tenant.id, tenant);
    }
  }
  for (const call of ended) {
    const tenant = recipients.get(call.tenantId);
    if (tenant) await emitCallEnded(db, queue, tenant, call);
  }
}
