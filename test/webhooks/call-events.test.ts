import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_CALL_DURATION_SECONDS } from "../../src/calls/sweep";
import { callJson, type Owner, tenantPath } from "../support/api-client";
import { withFailingInserts } from "../support/failing-inserts";
import { createAgent, startCall } from "../support/resource-fixtures";
import { runScheduled } from "../support/scheduled";
import { captureQueuedDeliveries, getDelivery, webhookTenant } from "../support/webhooks";

let queued: string[];
beforeEach(() => {
  queued = captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

type Page = { items: { id: string; event_type: string }[] };

async function startCallWithNewAgent(owner: Owner) {
  const agent = await createAgent(owner);
  return startCall<{ id: string; agent_id: string; from_number: string; started_at: string }>(
    owner,
    agent.id,
    {
      direction: "outbound",
      to_number: "+14155550199",
    },
  );
}

const deliveries = async (owner: Owner, type: string) =>
  (
    await callJson<Page>(tenantPath(owner.tenantId, `/webhook-deliveries?event_type=${type}`), {
      token: owner.token,
    })
  ).body.items;

describe("call events", () => {
  it("call.started commits with the call, call.ended with its end", async () => {
    const { owner } = await webhookTenant();
    const started = await startCallWithNewAgent(owner);
    expect(started.status).toBe(201);
    const [startedEvent] = await deliveries(owner, "call.started");
    expect(queued).toContain(startedEvent?.id);
    const { body: detail } = await getDelivery(owner, startedEvent?.id as string);
    expect(detail.event.data).toMatchObject({
      tenant_id: owner.tenantId,
      call_id: started.body.id,
      direction: "outbound",
    });

    await callJson(tenantPath(owner.tenantId, `/calls/${started.body.id}/end`), {
      method: "POST",
      token: owner.token,
    });
    const [endedEvent] = await deliveries(owner, "call.ended");
    const { body: ended } = await getDelivery(owner, endedEvent?.id as string);
    expect(ended.event.data).toMatchObject({ call_id: started.body.id, ended_reason: "completed" });
    expect(ended.event.data.duration_seconds).toBeTypeOf("number");
  });

  it("a refused start sends nothing", async () => {
    const { owner } = await webhookTenant({ monthly_call_limit: 0 });
    expect((await startCallWithNewAgent(owner)).status).toBe(429);
    expect(await deliveries(owner, "call.started")).toEqual([]);
  });

  it("with HIPAA on, call events carry ids, never phone numbers", async () => {
    const { owner } = await webhookTenant({ billing_plan: "enterprise", hipaa_enabled: true });
    await startCallWithNewAgent(owner);
    const [event] = await deliveries(owner, "call.started");
    const { body: detail } = await getDelivery(owner, event?.id as string);
    expect(JSON.stringify(detail.event)).not.toContain("+1415555");
  });

  it("a call ended by the sweep sends call.ended to its tenant", async () => {
    const { owner } = await webhookTenant();
    const started = await startCallWithNewAgent(owner);
    const longAgo = new Date(Date.now() - (MAX_CALL_DURATION_SECONDS + 60) * 1000).toISOString();
    await env.CELL_US_1.prepare("UPDATE calls SET started_at = ? WHERE id = ?")
      .bind(longAgo, started.body.id)
      .run();
    await runScheduled();
    const [event] = await deliveries(owner, "call.ended");
    const { body: detail } = await getDelivery(owner, event?.id as string);
    expect(detail.event.data).toMatchObject({
      call_id: started.body.id,
      ended_reason: "max_duration_exceeded",
    });
  });

  it("call.ended commits with the end: a delivery that cannot be written leaves the call active", async () => {
    const { owner } = await webhookTenant();
    const started = await startCallWithNewAgent(owner);
    const end = () =>
      callJson(tenantPath(owner.tenantId, `/calls/${started.body.id}/end`), {
        method: "POST",
        token: owner.token,
        body: { ended_reason: "hangup" },
      });
    const refused = await withFailingDeliveries(end);
    expect(refused.status).toBe(500);
    expect(await callStatus(started.body.id)).toBe("active");
    expect(await deliveries(owner, "call.ended")).toEqual([]);

    const ended = await end();
    expect(ended.status).toBe(200);
    const [event, ...more] = await deliveries(owner, "call.ended");
    expect(more).toEqual([]);
    expect(queued).toContain(event?.id);
    const { body: detail } = await getDelivery(owner, event?.id as string);
    expect(detail.event.data).toEqual({
      tenant_id: owner.tenantId,
      call_id: started.body.id,
      agent_id: started.body.agent_id,
      direction: "outbound",
      from_number: started.body.from_number,
      to_number: "+14155550199",
      started_at: started.body.started_at,
      ended_at: ended.body.ended_at,
      duration_seconds: ended.body.duration_seconds,
      ended_reason: "hangup",
    });
  });

  it("the sweep's call.ended commits with the end too", async () => {
    const { owner } = await webhookTenant({ billing_plan: "enterprise", hipaa_enabled: true });
    const started = await startCallWithNewAgent(owner);
    const longAgo = new Date(Date.now() - (MAX_CALL_DURATION_SECONDS + 60) * 1000).toISOString();
    await env.CELL_US_1.prepare("UPDATE calls SET started_at = ? WHERE id = ?")
      .bind(longAgo, started.body.id)
      .run();
    const sweep = () => runScheduled();
    await expect(withFailingDeliveries(sweep)).rejects.toThrow(/sweeps failed/);
    expect(await callStatus(started.body.id)).toBe("active");

    await sweep();
    expect(await callStatus(started.body.id)).toBe("ended");
    const [event, ...more] = await deliveries(owner, "call.ended");
    expect(more).toEqual([]);
    expect(queued).toContain(event?.id);
    const { body: detail } = await getDelivery(owner, event?.id as string);
    // HIPAA: identifiers and non-personal facts only (no numbers, no free-text reason), completed
    // from the ended row.
    expect(detail.event.data).toEqual({
      tenant_id: owner.tenantId,
      call_id: started.body.id,
      agent_id: started.body.agent_id,
      direction: "outbound",
      started_at: longAgo,
      ended_at: expect.any(String),
      duration_seconds: expect.any(Number),
    });
    expect(detail.event.data.duration_seconds).toBeGreaterThanOrEqual(MAX_CALL_DURATION_SECONDS);
  });
});

/** `run` while no webhook delivery can be written. */
const withFailingDeliveries = <T>(run: () => Promise<T>) =>
  withFailingInserts("webhook_deliveries", run);

const callStatus = async (id: string) =>
  (
    await env.CELL_US_1.prepare("SELECT status FROM calls WHERE id = ?")
      .bind(id)
      .first<{ status: string }>()
  )?.status;
