import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FAREWELL_WINDOW_MS } from "../../src/deletion/farewell";
import { stepDeps } from "../../src/deletion/kind";
import type { DeletionStepMessage } from "../../src/deletion/step";
import { runStep } from "../../src/jobs/engine";
import { DELETIONS } from "../../src/jobs/kinds";
import type { DeliveryMessage } from "../../src/webhooks/emit";
import { WEBHOOK_MAX_ATTEMPTS } from "../../src/webhooks/retry-policy";
import { callJson, type Owner, tenantPath } from "../support/api-client";
import { cellCalled, US_CELL } from "../support/cells";
import { jobOrReceiptOf } from "../support/deletion-seed";
import { createEndpoint } from "../support/webhook-endpoints";
import { consume, mockReceiver, type ReceivedRequest, webhookTenant } from "../support/webhooks";

type Sent = { kind: "step" | "delivery"; at: number; delaySeconds: number };

/**
 * Both queues driven by hand on a simulated clock (only `Date` is faked): deletion steps and
 * webhook deliveries run in the order their delays put them, each delivery retried as the
 * queue would, up to its attempts.
 */
function simulatedQueues() {
  const timeline: { at: number; run: () => Promise<void> }[] = [];
  const sent: Sent[] = [];
  const later = (kind: Sent["kind"], delaySeconds: number, run: () => Promise<void>) => {
    const at = Date.now() + delaySeconds * 1000;
    sent.push({ kind, at, delaySeconds });
    timeline.push({ at, run });
  };
  const deliver = (id: string, attempt: number, tenantId: string): Promise<void> =>
    consume(id, attempt, "webhook-deliveries", tenantId).then(({ retried, delaySeconds }) => {
      if (retried && attempt < WEBHOOK_MAX_ATTEMPTS) {
        later("delivery", delaySeconds ?? 0, () => deliver(id, attempt + 1, tenantId));
      }
    });
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockImplementation(async (messages) => {
    for (const { body } of messages) {
      const { delivery_id, tenant_id } = body as DeliveryMessage;
      later("delivery", 0, () => deliver(delivery_id, 1, tenant_id));
    }
    return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
  });
  const queue = {
    send: async (message: DeletionStepMessage, options?: QueueSendOptions) =>
      later("step", options?.delaySeconds ?? 0, () => runStep(DELETIONS, deps, message)),
  };
  const deps = {
    ...stepDeps(env, cellCalled(US_CELL)),
    queue: queue as unknown as Queue<DeletionStepMessage>,
  };

  /** Runs everything due, moving the clock to each, until nothing is left. */
  async function run(first: DeletionStepMessage) {
    await queue.send(first);
    for (let next = timeline.shift(); next; next = timeline.shift()) {
      vi.setSystemTime(next.at);
      await next.run();
      timeline.sort((a, b) => a.at - b.at);
    }
  }
  return { run, sent };
}

const countFor = async (table: string, tenantId: string) =>
  (
    await (table === "users" ? env.DB : env.CELL_US_1)
      .prepare(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = ?`)
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

async function deleteTenant(owner: Owner) {
  const { status, body } = await callJson<{ deletion_id: string }>(tenantPath(owner.tenantId), {
    method: "DELETE",
    token: owner.token,
  });
  expect(status).toBe(202);
  return body.deletion_id;
}

async function expectGone(owner: Owner, deletionId: string) {
  for (const table of ["webhook_deliveries", "webhook_attempts", "users"]) {
    expect(await countFor(table, owner.tenantId)).toBe(0);
  }
  // Read from D1: the simulated hour may have outlived the owner's token.
  const job = await jobOrReceiptOf(owner.tenantId);
  expect(job).toMatchObject({ id: deletionId, status: "completed" });
  return Date.parse(job?.completedAt as string);
}

const eventsOfType = (received: ReceivedRequest[], type: string) =>
  received.filter((request) => JSON.parse(request.body).type === type);

let queues: ReturnType<typeof simulatedQueues>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  queues = simulatedQueues();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("deletion events", () => {
  it("tenant.deletion_started commits with the job; tenant.deleted goes out, signed, before the secret is gone", async () => {
    const { owner, secret } = await webhookTenant();
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const received = mockReceiver([200]);
    const deletionId = await deleteTenant(owner);

    const started = await env.CELL_US_1.prepare(
      "SELECT payload FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'tenant.deletion_started'",
    )
      .bind(owner.tenantId)
      .first<{ payload: string }>();
    expect(JSON.parse(started?.payload as string).data).toEqual({
      tenant_id: owner.tenantId,
      deletion_id: deletionId,
    });

    await queues.run({ job_id: deletionId, tenant_id: owner.tenantId, cell: US_CELL, step: 0 });
    expect(eventsOfType(received, "tenant.deletion_started")).toHaveLength(1);
    const [farewell] = eventsOfType(received, "tenant.deleted");
    const verified = new Webhook(secret).verify(
      farewell?.body as string,
      farewell?.headers as Record<string, string>,
    );
    expect(verified).toMatchObject({ type: "tenant.deleted", data: { deletion_id: deletionId } });
    expect(farewell?.headers["webhook-id"]).toBe(deletionId);
    await expectGone(owner, deletionId);
  });

  it("tenant.deleted reaches the tenant's other webhook endpoints too, each signed with its own secret; then they go", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["call.started"] });
    const endpoint = await createEndpoint(owner, {
      url: "https://second.example.com/hooks",
      events: ["tenant.deleted"],
    });
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const received = mockReceiver([200]);
    const deletionId = await deleteTenant(owner);

    await queues.run({ job_id: deletionId, tenant_id: owner.tenantId, cell: US_CELL, step: 0 });
    expect(received.map((request) => request.url)).toEqual([endpoint.url]);
    const [farewell] = received;
    expect(
      new Webhook(endpoint.secret).verify(
        farewell?.body as string,
        farewell?.headers as Record<string, string>,
      ),
    ).toMatchObject({ type: "tenant.deleted", data: { deletion_id: deletionId } });
    expect(farewell?.headers["webhook-id"]).toBe(`${deletionId}.${endpoint.id}`);
    await expectGone(owner, deletionId);
    expect(await countFor("webhook_endpoints", owner.tenantId)).toBe(0);
  });

  it("tenant.deleted refused by a failing receiver is retried with backoff; the deletion waits for it", async () => {
    const { owner, secret } = await webhookTenant({ webhook_events: ["tenant.deleted"] });
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const received = mockReceiver([503, new Error("connection reset"), 200]);
    const deletionId = await deleteTenant(owner);
    const began = Date.now();

    await queues.run({ job_id: deletionId, tenant_id: owner.tenantId, cell: US_CELL, step: 0 });
    expect(received).toHaveLength(3);
    for (const request of received) {
      expect(new Webhook(secret).verify(request.body, request.headers)).toMatchObject({
        type: "tenant.deleted",
      });
    }
    const retries = queues.sent.filter((s) => s.kind === "delivery").slice(1);
    // The webhook backoff (30 s, then 90 s, up to 10 % jitter), not one try and done.
    const [first, second] = retries.map((s) => s.delaySeconds);
    expect(first).toBeGreaterThanOrEqual(30);
    expect(first).toBeLessThanOrEqual(33);
    expect(second).toBeGreaterThanOrEqual(90);
    expect(second).toBeLessThanOrEqual(99);
    const completedAt = await expectGone(owner, deletionId);
    const lastAttempt = (retries.at(-1)?.at ?? 0) - began;
    expect(completedAt - began).toBeGreaterThanOrEqual(lastAttempt);
    // Waiting looks again soon after each retry, not on a fixed slow beat.
    expect(completedAt - began).toBeLessThan(lastAttempt + 60_000);
  });

  it("a receiver that never accepts holds the deletion for the farewell window at most", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["tenant.deleted"] });
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const received = mockReceiver([500]);
    const deletionId = await deleteTenant(owner);
    const began = Date.now();

    await queues.run({ job_id: deletionId, tenant_id: owner.tenantId, cell: US_CELL, step: 0 });
    const completedAt = await expectGone(owner, deletionId);
    expect(completedAt - began).toBeGreaterThanOrEqual(FAREWELL_WINDOW_MS);
    expect(completedAt - began).toBeLessThan(FAREWELL_WINDOW_MS + 10 * 60_000);
    // Every attempt the backoff fits into the window; none after the tenant is gone.
    expect(received.length).toBeGreaterThanOrEqual(4);
    expect(received.length).toBeLessThan(WEBHOOK_MAX_ATTEMPTS);
    const polls = queues.sent.filter((s) => s.kind === "step" && s.delaySeconds > 0);
    expect(Math.max(...polls.map((s) => s.delaySeconds))).toBeLessThanOrEqual(300);
  });

  it("a tenant without a webhook gets no deletion events, and its deletion does not wait", async () => {
    const { owner } = await webhookTenant({ webhook_events: ["call.started"] });
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    const received = mockReceiver([200]);
    const deletionId = await deleteTenant(owner);
    await queues.run({ job_id: deletionId, tenant_id: owner.tenantId, cell: US_CELL, step: 0 });
    expect(received).toEqual([]);
    expect(queues.sent.filter((s) => s.kind === "delivery")).toEqual([]);
    expect(queues.sent.every((s) => s.delaySeconds === 0)).toBe(true);
    await expectGone(owner, deletionId);
  });
});
