import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../../src/db/client";
import { findTenant, updateTenantAtVersion } from "../../src/tenants/queries";
import { prepareEvent } from "../../src/webhooks/emit";
import { callJson, signup, tenantPath, updateTenant } from "../support/api-client";
import { createEndpoint } from "../support/webhook-endpoints";
import {
  captureQueuedDeliveries,
  consume,
  getDelivery,
  mockReceiver,
  webhookTenant,
} from "../support/webhooks";

let queued: string[];
beforeEach(() => {
  queued = captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

type Page = { items: { id: string; event_type: string }[] };
const deliveriesOf = async (owner: { tenantId: string; token: string }) =>
  (await callJson<Page>(tenantPath(owner.tenantId, "/webhook-deliveries"), { token: owner.token }))
    .body.items;

describe("subscriptions", () => {
  it("a tenant never receives an event type it did not subscribe to", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["call.ended"] });
    const before = queued.length;
    const received = mockReceiver([200]);
    expect((await updateTenant(owner, { name: "Quiet" })).status).toBe(200);
    const test = await callJson(tenantPath(owner.tenantId, "/webhooks/test"), {
      method: "POST",
      token: owner.token,
    });
    expect(test.status).toBe(409);
    expect(test.body.code).toBe("event_not_subscribed");
    expect(queued.length).toBe(before);
    expect(await deliveriesOf(owner)).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it("the test event is refused when webhook_events lacks it, whatever endpoints the tenant has", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["call.ended"] });
    await createEndpoint(owner, { url: "https://all.example.com/hooks" });
    const received = mockReceiver([200]);
    const test = await callJson(tenantPath(owner.tenantId, "/webhooks/test"), {
      method: "POST",
      token: owner.token,
    });
    expect(test.status).toBe(409);
    expect(test.body.code).toBe("event_not_subscribed");
    expect((await deliveriesOf(owner)).filter((d) => d.event_type === "webhook.test")).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it("subscribing again takes effect with the change that does it", async () => {
    const { owner } = await webhookTenant({ webhook_events: [] });
    await updateTenant(owner, { webhook_events: ["tenant.updated"] });
    const items = await deliveriesOf(owner);
    expect(items.map((d) => d.event_type)).toEqual(["tenant.updated"]);
  });

  it("a tenant without a webhook_url gets no deliveries", async () => {
    const owner = await signup();
    await updateTenant(owner, { name: "No hooks" });
    expect(await deliveriesOf(owner)).toEqual([]);
    const test = await callJson(tenantPath(owner.tenantId, "/webhooks/test"), {
      method: "POST",
      token: owner.token,
    });
    expect(test.status).toBe(409);
    expect(test.body.code).toBe("webhook_not_configured");
  });

  it("an update that loses a race writes no delivery", async () => {
    const { owner } = await webhookTenant();
    const db = createDb(env.CELL_US_1);
    const stale = await findTenant(db, owner.tenantId);
    if (!stale) throw new Error("tenant missing");
    await updateTenant(owner, { name: "Winner" });
    const before = (await deliveriesOf(owner)).length;
    const delivery = prepareEvent(stale, "tenant.updated", { changed_fields: ["name"] });
    const actor = { actorId: owner.tenantId, requestId: "r", ip: null, userAgent: null };
    const lost = await updateTenantAtVersion(
      db,
      actor,
      stale,
      { name: "Loser" },
      { action: "tenant.updated", changes: {} },
      delivery,
    );
    expect(lost).toBeUndefined();
    expect((await deliveriesOf(owner)).length).toBe(before);
  });
});

describe("webhook.test", () => {
  it("queues a signed test event, delivered like any other, and logs the request", async () => {
    const { owner } = await webhookTenant();
    const test = await callJson<{ id: string; status: string; event_type: string }>(
      tenantPath(owner.tenantId, "/webhooks/test"),
      { method: "POST", token: owner.token },
    );
    expect(test.status).toBe(202);
    expect(test.body).toMatchObject({ event_type: "webhook.test", status: "pending" });
    expect(queued.at(-1)).toBe(test.body.id);

    const received = mockReceiver([204]);
    await consume(test.body.id);
    expect(JSON.parse(received[0]?.body ?? "{}")).toMatchObject({
      type: "webhook.test",
      data: { tenant_id: owner.tenantId },
    });
    expect((await getDelivery(owner, test.body.id)).body.status).toBe("succeeded");

    const log = await callJson<Page>(
      tenantPath(owner.tenantId, "/activity-logs?action=webhook.test_sent"),
      { token: owner.token },
    );
    expect(log.body.items).toHaveLength(1);
  });
});

describe("payloads", () => {
  const call = {
    call_id: "call-1",
    agent_id: "agent-1",
    direction: "inbound" as const,
    from_number: "+15551230001",
    to_number: "+15551230002",
    started_at: "2026-01-01T00:00:00.000Z",
    ended_at: "2026-01-01T00:05:00.000Z",
    duration_seconds: 300,
    ended_reason: "caller said: my SSN is …",
  };
  const recipient = {
    id: "tenant-1",
    webhookUrl: "https://hooks.example.com/voice",
    webhookEvents: ["call.ended"],
    webhookEndpointsEnabled: 0,
  };
  const dataOf = (hipaaEnabled: boolean) =>
    JSON.parse(prepareEvent({ ...recipient, hipaaEnabled }, "call.ended", call)?.payload ?? "{}")
      .data;

  it("with HIPAA, carry identifiers and non-personal facts only", () => {
    expect(dataOf(true)).toEqual({
      tenant_id: "tenant-1",
      call_id: "call-1",
      agent_id: "agent-1",
      direction: "inbound",
      started_at: "2026-01-01T00:00:00.000Z",
      ended_at: "2026-01-01T00:05:00.000Z",
      duration_seconds: 300,
    });
  });

  it("without HIPAA, carry the event's data as given", () => {
    expect(dataOf(false)).toEqual({ tenant_id: "tenant-1", ...call });
  });

  it("name the changed fields of a tenant.updated, secrets included by name only", async () => {
    const { owner, secret } = await webhookTenant();
    await updateTenant(owner, { sip_password: "sip-secret-value", max_concurrent_calls: 1 });
    const { body } = await getDelivery(owner, queued.at(-1) as string);
    expect(body.event.data).toEqual({
      tenant_id: owner.tenantId,
      changed_fields: ["max_concurrent_calls", "sip_password"],
    });
    const first = await getDelivery(owner, queued.at(-2) as string);
    expect(first.body.event.data.changed_fields).toEqual(["webhook_url", "webhook_secret"]);
    expect(JSON.stringify(first.body)).not.toContain(secret);
  });
});
