import { env } from "cloudflare:workers";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callJson, tenantPath, updateTenant } from "../support/api-client";
import {
  captureQueuedDeliveries,
  consume,
  mockReceiver,
  type ReceivedRequest,
  webhookTenant,
} from "../support/webhooks";

// Verified with the reference implementation of Standard Webhooks, not with our own code.
const verify = (secret: string, request: ReceivedRequest) =>
  new Webhook(secret).verify(request.body, request.headers);

let queued: string[];
beforeEach(() => {
  queued = captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

/** Changes the tenant's name and delivers the `tenant.updated` that reports it. */
async function deliverNameChange(owner: Awaited<ReturnType<typeof webhookTenant>>["owner"]) {
  const received = mockReceiver([200]);
  const before = queued.length;
  const { status } = await updateTenant(owner, { name: `Renamed ${Date.now()}` });
  expect(status).toBe(200);
  expect(queued.length).toBe(before + 1);
  await consume(queued.at(-1) as string);
  expect(received).toHaveLength(1);
  return received[0] as ReceivedRequest;
}

describe("Standard Webhooks signatures", () => {
  it("a tenant.updated verifies with standardwebhooks and names the changed fields only", async () => {
    const { owner, secret } = await webhookTenant();
    const request = await deliverNameChange(owner);

    expect(request.url).toBe("https://hooks.example.com/voice");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const event = verify(secret, request) as { type: string; data: Record<string, unknown> };
    expect(event.type).toBe("tenant.updated");
    expect(event.data).toEqual({ tenant_id: owner.tenantId, changed_fields: ["name"] });
    expect(request.body).not.toContain(secret.slice("whsec_".length));
  });

  it("a tampered body, a wrong secret or a replayed old timestamp fail verification", async () => {
    const { owner, secret } = await webhookTenant();
    const request = await deliverNameChange(owner);

    const tampered = { ...request, body: request.body.replace('"name"', '"billing_plan"') };
    expect(tampered.body).not.toBe(request.body);
    expect(() => verify(secret, tampered)).toThrow(WebhookVerificationError);

    const other = await webhookTenant();
    expect(() => verify(other.secret, request)).toThrow(WebhookVerificationError);

    const stale = String(Math.floor(Date.now() / 1000) - 3600);
    const replayed = { ...request, headers: { ...request.headers, "webhook-timestamp": stale } };
    expect(() => verify(secret, replayed)).toThrow(WebhookVerificationError);
  });

  it("a secret set through the API in whsec_ format signs the deliveries", async () => {
    const { owner } = await webhookTenant();
    const secret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
    const { status, body } = await updateTenant(owner, { webhook_secret: secret });
    expect(status).toBe(200);
    expect(body.webhook_secret).toBeUndefined();
    expect(verify(secret, await deliverNameChange(owner))).toBeTruthy();
  });
});

describe("secret rotation", () => {
  it("during the grace period both secrets verify; after it only the new one", async () => {
    const { owner, secret: oldSecret } = await webhookTenant();
    const rotate = await callJson<{ webhook_secret: string; previous_secret_expires_at: string }>(
      tenantPath(owner.tenantId, "/webhook-secret/rotate"),
      { method: "POST", token: owner.token },
    );
    expect(rotate.status).toBe(200);
    const newSecret = rotate.body.webhook_secret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    const graceHours = (Date.parse(rotate.body.previous_secret_expires_at) - Date.now()) / 3.6e6;
    expect(graceHours).toBeGreaterThan(23.9);
    expect(graceHours).toBeLessThanOrEqual(24);

    const during = await deliverNameChange(owner);
    expect(during.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(verify(oldSecret, during)).toBeTruthy();
    expect(verify(newSecret, during)).toBeTruthy();

    // The grace period ends.
    await env.CELL_US_1.prepare(
      "UPDATE tenants SET webhook_previous_secret_expires_at = ? WHERE id = ?",
    )
      .bind(new Date(Date.now() - 1000).toISOString(), owner.tenantId)
      .run();
    const after = await deliverNameChange(owner);
    expect(after.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
    expect(verify(newSecret, after)).toBeTruthy();
    expect(() => verify(oldSecret, after)).toThrow(WebhookVerificationError);
  });

  it("is logged with the secret redacted, and the secret is never readable again", async () => {
    const { owner } = await webhookTenant();
    const rotate = await callJson(tenantPath(owner.tenantId, "/webhook-secret/rotate"), {
      method: "POST",
      token: owner.token,
    });
    const log = await callJson<{ items: { action: string; changes: unknown }[] }>(
      tenantPath(owner.tenantId, "/activity-logs?action=tenant.webhook_secret_rotated"),
      { token: owner.token },
    );
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]?.changes).toEqual({
      webhook_secret: { from: "[redacted]", to: "[redacted]" },
    });
    const tenant = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(tenant.body.webhook_secret_set).toBe(true);
    expect(JSON.stringify(tenant.body)).not.toContain(rotate.body.webhook_secret as string);
    expect(JSON.stringify(log.body)).not.toContain(rotate.body.webhook_secret as string);
  });
});
