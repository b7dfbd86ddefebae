import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseRetryAfter, retryDelaySeconds } from "../../src/webhooks/retry-policy";
import { callJson, signup, tenantPath, updateTenant } from "../support/api-client";
import { captureQueuedDeliveries, RECEIVER_URL } from "../support/webhooks";

beforeEach(() => {
  captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

describe("webhook secret on the tenant update", () => {
  it("setting webhook_url without a secret generates one, returned that once", async () => {
    const owner = await signup();
    const first = await updateTenant(owner, { webhook_url: RECEIVER_URL });
    expect(first.status).toBe(200);
    expect(first.body.webhook_secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(first.body.webhook_secret_set).toBe(true);

    const again = await updateTenant(owner, { webhook_url: `${RECEIVER_URL}/v2` });
    expect(again.body.webhook_secret).toBeUndefined();
    const read = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(read.body.webhook_secret).toBeUndefined();
    expect(read.body.webhook_secret_set).toBe(true);

    const log = await callJson<{ items: { changes: Record<string, unknown> }[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=tenant.updated"),
      { token: owner.token },
    );
    expect(log.body.items.at(-1)?.changes.webhook_secret).toEqual({ from: null, to: "[redacted]" });
    expect(JSON.stringify(log.body)).not.toContain(first.body.webhook_secret as string);
  });

  it("clearing the secret while a webhook_url stays set generates a new one", async () => {
    const owner = await signup();
    const first = await updateTenant(owner, { webhook_url: RECEIVER_URL });
    const cleared = await updateTenant(owner, { webhook_secret: null });
    expect(cleared.body.webhook_secret).toMatch(/^whsec_/);
    expect(cleared.body.webhook_secret).not.toBe(first.body.webhook_secret);
  });

  it("removing the webhook_url keeps the secret and generates nothing", async () => {
    const owner = await signup();
    await updateTenant(owner, { webhook_url: RECEIVER_URL });
    const removed = await updateTenant(owner, { webhook_url: null });
    expect(removed.body).toMatchObject({ webhook_url: null, webhook_secret_set: true });
    expect(removed.body.webhook_secret).toBeUndefined();
  });

  it("accepts only secrets in the whsec_ format", async () => {
    const owner = await signup();
    const key = (bytes: number) =>
      btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
    for (const bad of [
      "a-long-enough-plain-secret",
      `whsec_${key(16)}`,
      "whsec_not*base64*at*all!!",
    ]) {
      const { status, body } = await updateTenant(owner, { webhook_secret: bad });
      expect(status, bad).toBe(422);
      expect(body.detail).toEqual([expect.objectContaining({ loc: ["body", "webhook_secret"] })]);
    }
    const good = await updateTenant(owner, { webhook_secret: `whsec_${key(24)}` });
    expect(good.status).toBe(200);
    expect(good.body.webhook_secret_set).toBe(true);
  });
});

describe("retry policy", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:10:00 GMT", now)).toBe(600);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("grows the delay threefold, never sooner than Retry-After, capped at 12 hours", () => {
    expect(retryDelaySeconds(1)).toBeGreaterThanOrEqual(30);
    expect(retryDelaySeconds(1)).toBeLessThanOrEqual(33);
    expect(retryDelaySeconds(2)).toBeGreaterThanOrEqual(90);
    expect(retryDelaySeconds(1, 0)).toBeGreaterThanOrEqual(30);
    expect(retryDelaySeconds(1, 7200)).toBe(7200);
    expect(retryDelaySeconds(20)).toBe(12 * 3600);
    expect(retryDelaySeconds(1, 10 ** 9)).toBe(12 * 3600);
  });
});
