import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Owner, signup } from "../support/api-client";
import { preparedCallStarted, storedDeliveries, untimed } from "../support/deliveries";
import { configure, createAgent, startCall } from "../support/resource-fixtures";
import { captureQueuedDeliveries, webhookTenant } from "../support/webhooks";

// The call start reads no tenant row before its batch: its `call.started` delivery is decided by
// the row in the batch, and must be the one `prepareEvent` makes from that row.

let queued: string[];
beforeEach(() => {
  queued = captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

const FROM = "+14155550142";
const TO = "+14155550143";

/** A call started with a new agent; `queued` then holds only what the start queued. */
async function startedCall(owner: Owner) {
  const agent = await createAgent(owner);
  queued.splice(0);
  const res = await startCall(owner, agent.id, { from_number: FROM, to_number: TO });
  expect(res.status).toBe(201);
  return { callId: res.body.id, agentId: agent.id };
}

describe("a call start's delivery, decided by the tenant row in its batch", () => {
  it("a subscribed tenant gets exactly one call.started, the full payload prepareEvent makes", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["call.started"] });
    const { callId, agentId } = await startedCall(owner);
    const stored = await storedDeliveries(owner.tenantId, "call.started");
    expect(stored).toHaveLength(1);
    const [delivery] = stored;
    expect(delivery?.status).toBe("pending");
    expect(queued).toEqual([delivery?.id]);
    const event = untimed(delivery?.payload ?? "");
    expect(event).toEqual(await preparedCallStarted(owner.tenantId, callId));
    expect(event).toEqual({
      type: "call.started",
      data: {
        tenant_id: owner.tenantId,
        call_id: callId,
        agent_id: agentId,
        direction: "inbound",
        from_number: FROM,
        to_number: TO,
        started_at: expect.any(String),
      },
    });
  });

  it("a HIPAA tenant gets the payload without personal data, as prepareEvent trims it", async () => {
    const { owner } = await webhookTenant({ billing_plan: "enterprise", hipaa_enabled: true });
    const { callId } = await startedCall(owner);
    const [delivery, ...more] = await storedDeliveries(owner.tenantId, "call.started");
    expect(more).toEqual([]);
    expect(queued).toEqual([delivery?.id]);
    const event = untimed(delivery?.payload ?? "");
    expect(event).toEqual(await preparedCallStarted(owner.tenantId, callId));
    expect(Object.keys(event.data as object).sort()).toEqual(
      ["agent_id", "call_id", "direction", "started_at", "tenant_id"].sort(),
    );
    expect(delivery?.payload).not.toContain("+1415555");
  });

  it("a tenant not subscribed to call.started, or without a webhook, gets none", async () => {
    const { owner: elsewhere } = await webhookTenant({ webhook_events: ["call.ended"] });
    const plain = await signup();
    for (const owner of [elsewhere, plain]) {
      const { callId } = await startedCall(owner);
      expect(await preparedCallStarted(owner.tenantId, callId)).toBeNull();
      expect(await storedDeliveries(owner.tenantId, "call.started")).toEqual([]);
    }
    expect(queued).toEqual([]);
  });

  it("a refused start writes none, whatever refused it", async () => {
    const { owner } = await webhookTenant({ max_concurrent_calls: 1 });
    const { agentId } = await startedCall(owner);
    const [admitted, ...more] = queued.splice(0);
    expect(more).toEqual([]);
    expect((await startCall(owner, agentId)).status).toBe(429);
    expect((await startCall(owner, "not-an-agent-of-this-tenant")).status).toBe(422);
    expect(queued).toEqual([]);
    await configure(owner, { status: "inactive" });
    queued.splice(0);
    expect((await startCall(owner, agentId)).status).toBe(409);
    expect(queued).toEqual([]);
    const stored = await storedDeliveries(owner.tenantId, "call.started");
    expect(stored.map((delivery) => delivery.id)).toEqual([admitted]);
  });
});
