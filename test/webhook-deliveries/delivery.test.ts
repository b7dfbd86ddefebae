import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ATTEMPT_LOG_SIZE } from "../../src/webhooks/queries";
import { WEBHOOK_MAX_ATTEMPTS } from "../../src/webhooks/retry-policy";
import { callJson, type Owner, tenantPath, updateTenant } from "../support/api-client";
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

/** A tenant with a webhook, and the id of a fresh `tenant.updated` delivery not yet attempted. */
async function pendingDelivery(): Promise<{ owner: Owner; id: string }> {
  const { owner } = await webhookTenant();
  await updateTenant(owner, { name: `Renamed ${Date.now()}` });
  return { owner, id: queued.at(-1) as string };
}

describe("delivery attempts", () => {
  it("a receiver failing 3 times then answering 200 gets 4 attempts, with growing delays, all logged", async () => {
    const { owner, id } = await pendingDelivery();
    const received = mockReceiver([503, 503, 503, 200]);

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await consume(id, attempt);
      expect(result).toMatchObject({ acked: false, retried: true });
      delays.push(result.delaySeconds as number);
      const { body } = await getDelivery(owner, id);
      expect(body).toMatchObject({ status: "pending", attempts: attempt, last_status_code: 503 });
      expect(Date.parse(body.next_retry_at as string)).toBeGreaterThan(Date.now());
    }
    expect(await consume(id, 4)).toEqual({ acked: true, retried: false, delaySeconds: null });

    expect(received).toHaveLength(4);
    expect(delays[0]).toBeGreaterThanOrEqual(30);
    expect(delays[1]).toBeGreaterThan(delays[0] as number);
    expect(delays[2]).toBeGreaterThan(delays[1] as number);
    // Every attempt carries the same webhook-id, so receivers can deduplicate.
    expect(new Set(received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([id]));

    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({
      status: "succeeded",
      attempts: 4,
      last_status_code: 200,
      last_error: null,
      next_retry_at: null,
    });
    expect(body.attempt_log.map((a) => [a.attempt, a.status_code, a.error])).toEqual([
      [1, 503, "HTTP 503"],
      [2, 503, "HTTP 503"],
      [3, 503, "HTTP 503"],
      [4, 200, null],
    ]);
    for (const a of body.attempt_log) expect(a.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it("a 400 is final: no retry, the delivery fails with the status", async () => {
    const { owner, id } = await pendingDelivery();
    const received = mockReceiver([400, 200]);
    expect(await consume(id)).toMatchObject({ acked: true, retried: false });
    expect(received).toHaveLength(1);
    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({
      status: "failed",
      attempts: 1,
      last_status_code: 400,
      last_error: "HTTP 400",
      next_retry_at: null,
    });
  });

  it("a 429 is retried no sooner than its Retry-After", async () => {
    const { id } = await pendingDelivery();
    mockReceiver([{ status: 429, headers: { "Retry-After": "3600" } }]);
    expect(await consume(id)).toEqual({ acked: false, retried: true, delaySeconds: 3600 });
  });

  it("network errors and timeouts are retried and logged without a status code", async () => {
    const { owner, id } = await pendingDelivery();
    mockReceiver([
      new TypeError("connection refused"),
      new DOMException("timed out", "TimeoutError"),
      200,
    ]);
    expect((await consume(id, 1)).retried).toBe(true);
    expect((await consume(id, 2)).retried).toBe(true);
    await consume(id, 3);
    const { body } = await getDelivery(owner, id);
    expect(body.attempt_log.map((a) => [a.status_code, a.error])).toEqual([
      [null, "network error: connection refused"],
      [null, "no answer within 10 s"],
      [200, null],
    ]);
  });

  it("the last attempt's failure is final and recorded", async () => {
    const { owner, id } = await pendingDelivery();
    mockReceiver([500]);
    expect(await consume(id, WEBHOOK_MAX_ATTEMPTS)).toMatchObject({ acked: true, retried: false });
    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({ status: "failed", last_status_code: 500, last_error: "HTTP 500" });
  });

  it("a duplicate message for a finished delivery sends nothing", async () => {
    const { owner, id } = await pendingDelivery();
    const received = mockReceiver([200]);
    await consume(id);
    expect((await consume(id)).acked).toBe(true);
    expect(received).toHaveLength(1);
    expect((await getDelivery(owner, id)).body.attempts).toBe(1);
  });

  it("redirects are not followed, and not retried", async () => {
    const { owner, id } = await pendingDelivery();
    mockReceiver([{ status: 302, headers: { Location: "http://169.254.169.254/" } }]);
    expect((await consume(id)).retried).toBe(false);
    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({
      status: "failed",
      last_error: "redirect not followed (HTTP 302)",
    });
  });

  it("a delivery whose tenant removed its webhook_url fails without a request", async () => {
    const { owner, id } = await pendingDelivery();
    await updateTenant(owner, { webhook_url: null });
    const received = mockReceiver([200]);
    await consume(id);
    expect(received).toHaveLength(0);
    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({
      status: "failed",
      attempts: 0,
      last_error: "the tenant has no webhook_url",
    });
  });

  it("a batch from a queue without a consumer is refused whole, so it is retried", async () => {
    const { id } = await pendingDelivery();
    await expect(consume(id, 1, "no-such-queue")).rejects.toThrow("no consumer for queue");
  });

  it("a message dead-lettered after internal errors marks its delivery failed", async () => {
    const { owner, id } = await pendingDelivery();
    expect((await consume(id, 1, "webhook-deliveries-dlq")).acked).toBe(true);
    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({
      status: "failed",
      last_error: "abandoned after repeated internal errors",
    });
  });
});

describe("redelivery", () => {
  it("sends a failed delivery again, same id, attempts continuing, and logs it", async () => {
    const { owner, id } = await pendingDelivery();
    mockReceiver([400, 200]);
    await consume(id);
    const path = tenantPath(owner.tenantId, `/webhook-deliveries/${id}/redeliver`);

    const redeliver = await callJson(path, { method: "POST", token: owner.token });
    expect(redeliver.status).toBe(202);
    expect(redeliver.body).toMatchObject({ id, status: "pending", attempts: 1 });
    expect(queued.at(-1)).toBe(id);

    const again = await callJson(path, { method: "POST", token: owner.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("delivery_pending");

    await consume(id);
    const { body } = await getDelivery(owner, id);
    expect(body).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(body.attempt_log.map((a) => a.status_code)).toEqual([400, 200]);

    const log = await callJson<{ items: { target_id: string; changes: unknown }[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=webhook_delivery.redelivered"),
      { token: owner.token },
    );
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      target_id: id,
      changes: { status: { from: "failed", to: "pending" } },
    });
  });

  it("keeps the last attempts of a delivery redelivered without end, and counts them all", {
    timeout: 30_000,
  }, async () => {
    const { owner, id } = await pendingDelivery();
    mockReceiver([400]);
    const path = tenantPath(owner.tenantId, `/webhook-deliveries/${id}/redeliver`);
    const rounds = 30;
    for (let i = 0; i < rounds; i++) {
      expect((await consume(id)).acked).toBe(true);
      expect((await callJson(path, { method: "POST", token: owner.token })).status).toBe(202);
    }
    await consume(id);
    const { body } = await getDelivery(owner, id);
    expect(body.attempts).toBe(rounds + 1);
    expect(body.attempt_log.map((a) => a.attempt)).toEqual(
      Array.from({ length: ATTEMPT_LOG_SIZE }, (_, i) => rounds + 2 - ATTEMPT_LOG_SIZE + i),
    );
    const stored = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM webhook_attempts WHERE delivery_id = ?",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(stored?.n).toBe(ATTEMPT_LOG_SIZE);
  });

  it("another tenant's delivery is not found", async () => {
    const { id } = await pendingDelivery();
    const { owner: stranger } = await webhookTenant();
    const path = tenantPath(stranger.tenantId, `/webhook-deliveries/${id}`);
    expect((await callJson(path, { token: stranger.token })).status).toBe(404);
    const redeliver = await callJson(`${path}/redeliver`, {
      method: "POST",
      token: stranger.token,
    });
    expect(redeliver.status).toBe(404);
  });
});

describe("delivery log", () => {
  it("lists deliveries newest first, pages, and filters by status and event type", async () => {
    const { owner } = await webhookTenant();
    for (const name of ["One", "Two", "Three"]) await updateTenant(owner, { name });
    mockReceiver([400]);
    await consume(queued.at(-1) as string);
    const path = (query: string) => tenantPath(owner.tenantId, `/webhook-deliveries${query}`);
    type Page = {
      items: { id: string; status: string; event_type: string }[];
      next_cursor: string | null;
    };

    const first = await callJson<Page>(path("?limit=2"), { token: owner.token });
    expect(first.status).toBe(200);
    expect(first.body.items.map((d) => d.id)).toEqual([queued.at(-1), queued.at(-2)]);
    const second = await callJson<Page>(path(`?limit=2&cursor=${first.body.next_cursor}`), {
      token: owner.token,
    });
    // The first delivery reports the change that set the webhook_url itself.
    expect(second.body.items.map((d) => d.id)).toEqual([queued.at(-3), queued.at(-4)]);
    expect(second.body.next_cursor).toBeNull();

    const failed = await callJson<Page>(path("?status=failed"), { token: owner.token });
    expect(failed.body.items.map((d) => d.id)).toEqual([queued.at(-1)]);
    const tests = await callJson<Page>(path("?event_type=webhook.test"), { token: owner.token });
    expect(tests.body.items).toEqual([]);
  });
});
