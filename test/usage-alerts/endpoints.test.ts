import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signup } from "../support/api-client";
import { configure, createAgent, startCall } from "../support/resource-fixtures";
import { createEndpoint, drainQueued, verifiedTypesByUrl } from "../support/webhook-endpoints";
import {
  captureQueuedDeliveries,
  mockReceiver,
  RECEIVER_URL,
  webhookTenant,
} from "../support/webhooks";

afterEach(() => vi.restoreAllMocks());

const TAKER_URL = "https://alerts.example.com/hooks";
const OTHER_URL = "https://calls.example.com/hooks";

type AlertDelivery = { id: string; endpoint_id: string | null; payload: string; status: string };

/** The tenant's `usage.threshold_reached` deliveries, as stored. */
const alertDeliveries = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT id, endpoint_id, payload, status FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'usage.threshold_reached' ORDER BY id",
    )
      .bind(tenantId)
      .all<AlertDelivery>()
  ).results;

/** The alerts' events: the deliveries' ids before their endpoint, each once. */
const eventIdsOf = (deliveries: AlertDelivery[]) => [
  ...new Set(deliveries.map((d) => d.id.split(".")[0] as string)),
];

/** The tenant's two default alerts, both reached by a start under a monthly limit of 1. */
const LIMIT_OF_ONE = { billing_plan: "business", monthly_call_limit: 1 };

/** Each request's body by its `webhook-id`, for the requests of `type` only. */
const bodiesById = (received: { headers: Record<string, string>; body: string }[], type: string) =>
  Object.fromEntries(
    received
      .filter((request) => JSON.parse(request.body).type === type)
      .map((request) => [request.headers["webhook-id"], request.body]),
  );

describe("usage.threshold_reached goes to every enabled endpoint that takes it", () => {
  it("the primary and the endpoint taking it each get every alert, signed with their own secret; the other endpoint none", async () => {
    const queued = captureQueuedDeliveries();
    const { owner, secret } = await webhookTenant(LIMIT_OF_ONE);
    const taker = await createEndpoint(owner, {
      url: TAKER_URL,
      events: ["usage.threshold_reached"],
    });
    const other = await createEndpoint(owner, { url: OTHER_URL, events: ["call.ended"] });
    const agent = await createAgent(owner);
    expect((await startCall(owner, String(agent.id))).status).toBe(201);

    const stored = await alertDeliveries(owner.tenantId);
    const events = eventIdsOf(stored);
    expect(events).toHaveLength(2);
    expect(stored.map(({ id, endpoint_id }) => ({ id, endpoint_id }))).toEqual(
      events.flatMap((event) => [
        { id: event, endpoint_id: null },
        { id: `${event}.${taker.id}`, endpoint_id: taker.id },
      ]),
    );
    // The same event to each: one payload per alert.
    for (const event of events) {
      const payloads = stored.filter((d) => d.id.startsWith(event)).map((d) => d.payload);
      expect(new Set(payloads).size).toBe(1);
      expect(JSON.parse(payloads[0] as string)).toMatchObject({
        type: "usage.threshold_reached",
        data: { tenant_id: owner.tenantId, metric: "calls_this_month", limit: 1 },
      });
    }
    // One message per event: the consumer sends each endpoint's delivery on.
    expect(queued.filter((id) => id.includes("."))).toEqual([]);
    expect(queued).toEqual(expect.arrayContaining(events));

    const received = mockReceiver([200]);
    await drainQueued(queued, owner.tenantId);
    const types = verifiedTypesByUrl(received, {
      [RECEIVER_URL]: secret,
      [TAKER_URL]: taker.secret,
      [OTHER_URL]: other.secret,
    });
    const alertsTo = (url: string) =>
      (types[url] ?? []).filter((type) => type === "usage.threshold_reached");
    expect(alertsTo(RECEIVER_URL)).toHaveLength(2);
    expect(alertsTo(TAKER_URL)).toHaveLength(2);
    expect(alertsTo(OTHER_URL)).toHaveLength(0);
    const sent = bodiesById(received, "usage.threshold_reached");
    for (const delivery of stored) expect(sent[delivery.id]).toBe(delivery.payload);
    expect((await alertDeliveries(owner.tenantId)).map((d) => d.status)).toEqual(
      Array(4).fill("succeeded"),
    );
  });

  it("a tenant with an endpoint and no webhook_url gets its alerts there", async () => {
    const queued = captureQueuedDeliveries();
    const owner = await signup();
    await configure(owner, LIMIT_OF_ONE);
    const endpoint = await createEndpoint(owner, { url: TAKER_URL });
    const agent = await createAgent(owner);
    expect((await startCall(owner, String(agent.id))).status).toBe(201);

    const stored = await alertDeliveries(owner.tenantId);
    const events = eventIdsOf(stored);
    expect(events).toHaveLength(2);
    expect(stored.map(({ id, endpoint_id }) => ({ id, endpoint_id }))).toEqual(
      events.map((event) => ({ id: `${event}.${endpoint.id}`, endpoint_id: endpoint.id })),
    );

    const received = mockReceiver([200]);
    await drainQueued(queued, owner.tenantId);
    const types = verifiedTypesByUrl(received, { [TAKER_URL]: endpoint.secret });
    expect((types[TAKER_URL] ?? []).filter((t) => t === "usage.threshold_reached")).toHaveLength(2);
    const sent = bodiesById(received, "usage.threshold_reached");
    for (const delivery of stored) expect(sent[delivery.id]).toBe(delivery.payload);
    expect((await alertDeliveries(owner.tenantId)).map((d) => d.status)).toEqual([
      "succeeded",
      "succeeded",
    ]);
  });
});
