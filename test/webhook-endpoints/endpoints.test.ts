import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DISABLE_AFTER_MS } from "../../src/webhook-endpoints/health";
import {
  call,
  callJson,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../support/api-client";
import { createAgent, startCall } from "../support/resource-fixtures";
import {
  createEndpoint,
  drainQueued,
  type EndpointBody,
  postEndpoint,
  verifiedTypesByUrl,
} from "../support/webhook-endpoints";
import { captureQueuedDeliveries, consume, mockReceiver } from "../support/webhooks";

let queued: string[];
beforeEach(() => {
  queued = captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

const endpointsPath = (owner: Owner, rest = "") =>
  tenantPath(owner.tenantId, `/webhook-endpoints${rest}`);

const storedEndpoints = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT * FROM webhook_endpoints WHERE tenant_id = ?")
      .bind(tenantId)
      .all<Record<string, unknown>>()
  ).results;

/** A tenant event, a call started and the same call ended: four event types in all. */
async function tenantActivity(owner: Owner) {
  expect((await updateTenant(owner, { name: `Renamed ${Date.now()}` })).status).toBe(200);
  const agent = await createAgent(owner);
  const call = await startCall(owner, agent.id);
  expect(call.status).toBe(201);
  const end = await callJson(tenantPath(owner.tenantId, `/calls/${call.body.id}/end`), {
    method: "POST",
    token: owner.token,
  });
  expect(end.status).toBe(200);
}

describe("webhook endpoints", () => {
  it("three endpoints with different events and the primary each receive exactly their events, signed with their own secrets", async () => {
    const owner = await signup();
    const primary = await updateTenant(owner, {
      webhook_url: "https://primary.example.com/hooks",
      webhook_events: ["call.ended"],
    });
    const tenantOnly = await createEndpoint(owner, {
      url: "https://tenant.example.com/hooks",
      events: ["tenant.updated"],
    });
    const callsOnly = await createEndpoint(owner, {
      url: "https://calls.example.com/hooks",
      events: ["call.started", "call.ended"],
      description: "Call analytics",
    });
    const everything = await createEndpoint(owner, { url: "https://all.example.com/hooks" });
    expect(everything.events).toBeNull();
    queued.length = 0;
    const received = mockReceiver([200]);

    await tenantActivity(owner);
    await drainQueued(queued, owner.tenantId);

    const byUrl = verifiedTypesByUrl(received, {
      "https://primary.example.com/hooks": primary.body.webhook_secret as string,
      [tenantOnly.url]: tenantOnly.secret,
      [callsOnly.url]: callsOnly.secret,
      [everything.url]: everything.secret,
    });
    expect(byUrl).toEqual({
      "https://primary.example.com/hooks": ["call.ended"],
      [tenantOnly.url]: ["tenant.updated"],
      [callsOnly.url]: ["call.started", "call.ended"],
      [everything.url]: ["tenant.updated", "call.started", "call.ended"],
    });
    // One delivery per endpoint and event, each with a webhook-id of its own.
    expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(received.length);

    // Listed per endpoint, each succeeded after one attempt.
    const list = await callJson<{
      items: { endpoint_id: string; event_type: string; status: string }[];
    }>(tenantPath(owner.tenantId, `/webhook-deliveries?endpoint_id=${callsOnly.id}`), {
      token: owner.token,
    });
    expect(list.body.items.map((d) => [d.endpoint_id, d.event_type, d.status])).toEqual([
      [callsOnly.id, "call.ended", "succeeded"],
      [callsOnly.id, "call.started", "succeeded"],
    ]);
    const primaryList = await callJson<{ items: { endpoint_id: string; event_type: string }[] }>(
      tenantPath(owner.tenantId, "/webhook-deliveries?endpoint_id=primary"),
      { token: owner.token },
    );
    expect(primaryList.body.items.map((d) => [d.endpoint_id, d.event_type])).toEqual([
      ["primary", "call.ended"],
    ]);
  });

  it("an endpoint failing every attempt for three days is disabled, logged, and the others told", async () => {
    const owner = await signup();
    const failing = await createEndpoint(owner, {
      url: "https://down.example.com/hooks",
      events: ["tenant.updated"],
    });
    const healthy = await createEndpoint(owner, { url: "https://up.example.com/hooks" });
    const received: { url: string; body: string }[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      received.push({ url: request.url, body: await request.text() });
      return new Response(null, { status: request.url === failing.url ? 503 : 200 });
    });
    const failingRow = async () =>
      (await storedEndpoints(owner.tenantId)).find((row) => row.id === failing.id);

    // The first failure starts the count; the endpoint stays enabled.
    queued.length = 0;
    await updateTenant(owner, { name: "First" });
    await drainQueued(queued, owner.tenantId);
    const since = (await failingRow())?.failing_since as string;
    expect(since).toBeTypeOf("string");
    expect((await failingRow())?.enabled).toBe(1);

    // A failure under three days after it leaves it enabled, failing since then.
    const almost = new Date(Date.now() - DISABLE_AFTER_MS + 60_000).toISOString();
    await env.CELL_US_1.prepare("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?")
      .bind(almost, failing.id)
      .run();
    queued.length = 0;
    await updateTenant(owner, { name: "Second" });
    await drainQueued(queued, owner.tenantId);
    expect(await failingRow()).toMatchObject({ enabled: 1, failing_since: almost });

    // Three days of failures: the next failed attempt disables it.
    const threeDaysAgo = new Date(Date.now() - DISABLE_AFTER_MS - 60_000).toISOString();
    await env.CELL_US_1.prepare("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?")
      .bind(threeDaysAgo, failing.id)
      .run();
    queued.length = 0;
    received.length = 0;
    await updateTenant(owner, { name: "Third" });
    await drainQueued(queued, owner.tenantId);

    const { body: shown } = await callJson<EndpointBody>(endpointsPath(owner, `/${failing.id}`), {
      token: owner.token,
    });
    expect(shown).toMatchObject({
      enabled: false,
      disabled_reason: `every attempt failed since ${threeDaysAgo}`,
    });
    const told = received.filter((r) => r.url === healthy.url).map((r) => JSON.parse(r.body));
    expect(told.map((event) => event.type)).toEqual([
      "tenant.updated",
      "webhook_endpoint.disabled",
    ]);
    expect(told[1].data).toMatchObject({
      tenant_id: owner.tenantId,
      endpoint_id: failing.id,
      url: failing.url,
      failing_since: threeDaysAgo,
    });
    const { body: log } = await callJson<{
      items: { action: string; target_id: string; actor_id: string }[];
    }>(tenantPath(owner.tenantId, "/activity-logs?action=webhook_endpoint.disabled"), {
      token: owner.token,
    });
    expect(log.items).toEqual([
      expect.objectContaining({
        target_id: failing.id,
        actor_id: "system:webhook-endpoint-health",
      }),
    ]);

    // Disabled, it receives nothing more; enabled again, its failures are forgotten.
    queued.length = 0;
    received.length = 0;
    await updateTenant(owner, { name: "Fourth" });
    await drainQueued(queued, owner.tenantId);
    expect(received.map((r) => r.url)).toEqual([healthy.url]);
    const enabled = await callJson<EndpointBody>(endpointsPath(owner, `/${failing.id}`), {
      method: "PATCH",
      token: owner.token,
      body: { enabled: true },
    });
    expect(enabled.body).toMatchObject({
      enabled: true,
      disabled_reason: null,
      failing_since: null,
    });
  });

  it("a success ends the failing: the three days count from the last failure after it", async () => {
    const owner = await signup();
    const flaky = await createEndpoint(owner, { url: "https://flaky.example.com/hooks" });
    await env.CELL_US_1.prepare("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?")
      .bind(new Date(Date.now() - DISABLE_AFTER_MS - 60_000).toISOString(), flaky.id)
      .run();
    mockReceiver([200]);
    queued.length = 0;
    await updateTenant(owner, { name: "Answered" });
    await drainQueued(queued, owner.tenantId);
    const [row] = await storedEndpoints(owner.tenantId);
    expect(row).toMatchObject({ enabled: 1, failing_since: null });
  });

  it("at most as many endpoints as the plan allows: past it a 403 with its own code, nothing written", async () => {
    const owner = await signup();
    for (const n of [1, 2, 3]) await createEndpoint(owner, { url: `https://h${n}.example.com/x` });
    const refused = await postEndpoint(owner, { url: "https://h4.example.com/x" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: "webhook_endpoint_limit_reached" });
    expect(await storedEndpoints(owner.tenantId)).toHaveLength(3);
  });

  it("urls follow the host rules of webhook_url; events come from the catalog; unknown fields are refused", async () => {
    const owner = await signup();
    for (const body of [
      { url: "https://10.0.0.1/hooks" },
      { url: "https://user:pw@hooks.example.com/" },
      { url: "ftp://hooks.example.com/" },
      { url: "https://hooks.example.com/", events: ["tenant.exploded"] },
      { url: "https://hooks.example.com/", secret: "whsec_mine" },
    ]) {
      const res = await postEndpoint(owner, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await storedEndpoints(owner.tenantId)).toHaveLength(0);
  });

  it("the secret is shown once, stored sealed, and rotates on its own: both sign for the grace period", async () => {
    const owner = await signup();
    const endpoint = await createEndpoint(owner, { url: "https://rotate.example.com/hooks" });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const [row] = await storedEndpoints(owner.tenantId);
    expect(JSON.stringify(row)).not.toContain(endpoint.secret.slice(6));
    const { body: again } = await callJson(endpointsPath(owner, `/${endpoint.id}`), {
      token: owner.token,
    });
    expect(JSON.stringify(again)).not.toContain("whsec_");

    const rotated = await callJson<{ secret: string; previous_secret_expires_at: string }>(
      endpointsPath(owner, `/${endpoint.id}/rotate-secret`),
      { method: "POST", token: owner.token },
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);

    const received = mockReceiver([200]);
    queued.length = 0;
    await updateTenant(owner, { name: "After rotation" });
    await drainQueued(queued, owner.tenantId);
    expect(received).toHaveLength(1);
    // Each secret verifies the one delivery on its own.
    for (const secret of [endpoint.secret, rotated.body.secret]) {
      expect(verifiedTypesByUrl(received, { [endpoint.url]: secret })).toEqual({
        [endpoint.url]: ["tenant.updated"],
      });
    }
  });

  it("the tenant's webhook_url is the endpoint primary: listed first, read, but changed only by the settings", async () => {
    const owner = await signup();
    await updateTenant(owner, { webhook_url: "https://primary.example.com/hooks" });
    const other = await createEndpoint(owner, { url: "https://other.example.com/hooks" });
    const { body: page } = await callJson<{ items: EndpointBody[]; next_cursor: string | null }>(
      endpointsPath(owner),
      { token: owner.token },
    );
    expect(page.items.map((e) => [e.id, e.primary, e.url])).toEqual([
      ["primary", true, "https://primary.example.com/hooks"],
      [other.id, false, other.url],
    ]);
    expect(page.next_cursor).toBeNull();
    // A page of one: the primary, then the others from the cursor.
    const first = await callJson<{ items: EndpointBody[]; next_cursor: string }>(
      endpointsPath(owner, "?limit=1"),
      { token: owner.token },
    );
    expect(first.body.items.map((e) => e.id)).toEqual(["primary"]);
    const second = await callJson<{ items: EndpointBody[]; next_cursor: string | null }>(
      endpointsPath(owner, `?limit=1&cursor=${first.body.next_cursor}`),
      { token: owner.token },
    );
    expect(second.body).toMatchObject({ items: [{ id: other.id }], next_cursor: null });

    for (const [method, path] of [
      ["PATCH", "/primary"],
      ["DELETE", "/primary"],
      ["POST", "/primary/rotate-secret"],
    ] as const) {
      const res = await callJson(endpointsPath(owner, path), {
        method,
        token: owner.token,
        ...(method === "PATCH" && { body: { enabled: false } }),
      });
      expect(res.status, `${method} ${path}`).toBe(409);
      expect(res.body).toMatchObject({ code: "primary_webhook_endpoint" });
    }
    const deleted = await call(endpointsPath(owner, `/${other.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(deleted.status).toBe(204);
    const { results } = await env.CELL_US_1.prepare(
      "SELECT webhook_endpoints_enabled AS n FROM tenants WHERE id = ?",
    )
      .bind(owner.tenantId)
      .all<{ n: number }>();
    expect(results[0]?.n).toBe(0);
  });

  it("a deleted endpoint's pending deliveries fail instead of going out", async () => {
    const owner = await signup();
    const endpoint = await createEndpoint(owner, { url: "https://gone.example.com/hooks" });
    queued.length = 0;
    await updateTenant(owner, { name: "Pending" });
    await call(endpointsPath(owner, `/${endpoint.id}`), { method: "DELETE", token: owner.token });
    const received = mockReceiver([200]);
    await drainQueued(queued, owner.tenantId);
    expect(received).toHaveLength(0);
    const { body } = await callJson<{ items: { status: string; last_error: string }[] }>(
      tenantPath(owner.tenantId, `/webhook-deliveries?endpoint_id=${endpoint.id}`),
      { token: owner.token },
    );
    expect(body.items).toEqual([
      expect.objectContaining({ status: "failed", last_error: "the webhook endpoint was deleted" }),
    ]);
    expect(
      await consume(queued[0] as string, 2, "webhook-deliveries", owner.tenantId),
    ).toMatchObject({
      acked: true,
    });
  });
});
