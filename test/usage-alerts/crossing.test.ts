import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { billingPeriod } from "../../src/calls/period";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { storedDeliveries } from "../support/deliveries";
import { withFailingInserts } from "../support/failing-inserts";
import { configure, createAgent, startCall } from "../support/resource-fixtures";
import { differences, tenantState } from "../support/tenant-state";
import { captureQueuedDeliveries, consume, mockReceiver, RECEIVER_URL } from "../support/webhooks";

afterEach(() => vi.restoreAllMocks());

const month = () => billingPeriod(new Date()).start.slice(0, 7);

type Alert = {
  id: string;
  metric: string;
  threshold: number | null;
  threshold_percent: number | null;
  recurring: boolean;
  reached_period: string | null;
  reached_value: number | null;
};

const alertsOf = async (owner: Owner) =>
  (
    await callJson<{ items: Alert[] }>(tenantPath(owner.tenantId, "/usage-alerts"), {
      token: owner.token,
    })
  ).body.items;

/** A tenant receiving webhooks, with room for `concurrent` calls and `monthly` a month. */
async function alertedTenant(monthly: number, concurrent = 10) {
  const owner = await signup("Alerted");
  await configure(owner, {
    billing_plan: "business",
    max_concurrent_calls: concurrent,
    monthly_call_limit: monthly,
    webhook_url: RECEIVER_URL,
  });
  const agent = await createAgent(owner);
  return { owner, agentId: String(agent.id) };
}

const entriesOf = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT id, target_id, seq, changes, actor_id FROM activity_logs WHERE tenant_id = ? AND action = 'usage.threshold_reached' ORDER BY seq",
    )
      .bind(tenantId)
      .all<{ id: string; target_id: string; seq: number; changes: string; actor_id: string }>()
  ).results;

describe("usage alerts on the call counters, decided in the call start's batch", () => {
  it("a new tenant starts with 80 % and 100 % of the monthly call limit, recurring", async () => {
    const owner = await signup();
    const alerts = await alertsOf(owner);
    expect(
      alerts.map(({ metric, threshold, threshold_percent, recurring, reached_period }) => ({
        metric,
        threshold,
        threshold_percent,
        recurring,
        reached_period,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          metric: "calls_this_month",
          threshold: null,
          threshold_percent: 80,
          recurring: true,
          reached_period: null,
        },
        {
          metric: "calls_this_month",
          threshold: null,
          threshold_percent: 100,
          recurring: true,
          reached_period: null,
        },
      ]),
    );
    expect(alerts).toHaveLength(2);
  });

  it("50 parallel starts crossing 80 % send exactly one alert, logged once", async () => {
    const queued = captureQueuedDeliveries();
    const { owner, agentId } = await alertedTenant(60, 100);
    const answers = await Promise.all(Array.from({ length: 50 }, () => startCall(owner, agentId)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));

    const sent = await storedDeliveries(owner.tenantId, "usage.threshold_reached");
    expect(sent).toHaveLength(1);
    const event = JSON.parse(sent[0]?.payload ?? "{}");
    const eighty = (await alertsOf(owner)).find((a) => a.threshold_percent === 80);
    expect(event).toMatchObject({
      type: "usage.threshold_reached",
      data: {
        tenant_id: owner.tenantId,
        alert_id: eighty?.id,
        metric: "calls_this_month",
        threshold: 48,
        threshold_percent: 80,
        value: 48,
        limit: 60,
        period: month(),
      },
    });
    // Queued with the call that reached it, and with no other start.
    expect(queued.filter((id) => id === sent[0]?.id)).toHaveLength(1);
    expect(eighty).toMatchObject({ reached_period: month(), reached_value: 48 });
    const hundred = (await alertsOf(owner)).find((a) => a.threshold_percent === 100);
    expect(hundred?.reached_period).toBeNull();

    const entries = await entriesOf(owner.tenantId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ target_id: eighty?.id, actor_id: "system:usage-alerts" });
    expect(JSON.parse(entries[0]?.changes ?? "{}")).toMatchObject({
      value: { from: null, to: 48 },
      threshold: { from: null, to: 48 },
      limit: { from: null, to: 60 },
      period: { from: null, to: month() },
    });
  });

  it("a start reaching two alerts at once logs both on the audit chain, numbered on, and sends both", async () => {
    const queued = captureQueuedDeliveries();
    const { owner, agentId } = await alertedTenant(1);
    expect((await startCall(owner, agentId)).status).toBe(201);
    const sent = await storedDeliveries(owner.tenantId, "usage.threshold_reached");
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((d) => d.id)).size).toBe(2);
    expect(queued).toEqual(expect.arrayContaining(sent.map((d) => d.id)));
    const entries = await entriesOf(owner.tenantId);
    expect(entries).toHaveLength(2);
    const { results } = await env.CELL_US_1.prepare(
      "SELECT seq FROM activity_logs WHERE tenant_id = ? ORDER BY seq",
    )
      .bind(owner.tenantId)
      .all<{ seq: number }>();
    // Every number once, none skipped.
    expect(results.map((r) => r.seq)).toEqual(results.map((_, i) => i + 1));
  });

  it("the delivery is queued and sent like every event", async () => {
    captureQueuedDeliveries();
    const { owner, agentId } = await alertedTenant(1);
    await startCall(owner, agentId);
    const [delivery] = await storedDeliveries(owner.tenantId, "usage.threshold_reached");
    const received = mockReceiver([200]);
    expect(
      (await consume(String(delivery?.id), 1, "webhook-deliveries", owner.tenantId)).acked,
    ).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]?.headers["webhook-id"]).toBe(delivery?.id);
    expect(JSON.parse(received[0]?.body ?? "{}").type).toBe("usage.threshold_reached");
  });

  it("a tenant without usage.threshold_reached among its events is logged but not sent", async () => {
    captureQueuedDeliveries();
    const { owner, agentId } = await alertedTenant(1);
    await configure(owner, { webhook_events: ["call.started"] });
    expect((await startCall(owner, agentId)).status).toBe(201);
    expect(await storedDeliveries(owner.tenantId, "usage.threshold_reached")).toHaveLength(0);
    expect(await entriesOf(owner.tenantId)).toHaveLength(2);
  });

  it("a recurring alert is reached again in a later month; a one-time alert is not", async () => {
    captureQueuedDeliveries();
    const { owner, agentId } = await alertedTenant(100);
    const once = await callJson<Alert>(tenantPath(owner.tenantId, "/usage-alerts"), {
      method: "POST",
      token: owner.token,
      body: { metric: "active_calls", threshold: 1, recurring: false },
    });
    expect(once.status).toBe(201);
    const recurring = await callJson<Alert>(tenantPath(owner.tenantId, "/usage-alerts"), {
      method: "POST",
      token: owner.token,
      body: { metric: "active_calls", threshold: 1 },
    });
    await startCall(owner, agentId);
    const reached = await alertsOf(owner);
    for (const id of [once.body.id, recurring.body.id]) {
      expect(reached.find((a) => a.id === id)?.reached_period).toBe(month());
    }
    // Both as if reached in an earlier month.
    await env.CELL_US_1.prepare(
      "UPDATE usage_alerts SET reached_period = '2000-01' WHERE tenant_id = ? AND metric = 'active_calls'",
    )
      .bind(owner.tenantId)
      .run();
    await startCall(owner, agentId);
    const again = await alertsOf(owner);
    expect(again.find((a) => a.id === recurring.body.id)?.reached_period).toBe(month());
    expect(again.find((a) => a.id === once.body.id)?.reached_period).toBe("2000-01");
    const targets = (await entriesOf(owner.tenantId)).map((e) => e.target_id);
    expect(targets.filter((id) => id === recurring.body.id)).toHaveLength(2);
    expect(targets.filter((id) => id === once.body.id)).toHaveLength(1);
  });

  it.each([
    ["the alert's update", "usage_alerts", "UPDATE", undefined],
    ["its activity entry", "activity_logs", "INSERT", "NEW.action = 'usage.threshold_reached'"],
    ["its delivery", "webhook_deliveries", "INSERT", "NEW.event_type = 'usage.threshold_reached'"],
  ] as const)(
    "a start whose alert fails (%s) fails whole: nothing half-written",
    async (_, table, on, when) => {
      // Captured from the start: a delivery the queue's own consumer took would change the log.
      captureQueuedDeliveries();
      const { owner, agentId } = await alertedTenant(5);
      for (let i = 0; i < 3; i++) expect((await startCall(owner, agentId)).status).toBe(201);
      const before = await tenantState(owner.tenantId);
      // The fourth start reaches 80 % of 5.
      const failed = await withFailingInserts(table, () => startCall(owner, agentId), {
        on,
        ...(when && { when }),
      });
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect(differences(before, await tenantState(owner.tenantId))).toEqual([]);
      // Once the cause is gone, the same start reaches it.
      expect((await startCall(owner, agentId)).status).toBe(201);
      expect(await storedDeliveries(owner.tenantId, "usage.threshold_reached")).toHaveLength(1);
    },
  );
});
