import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callJson, tenantPath, updateTenant } from "../../support/api-client";
import { captureQueuedDeliveries, webhookTenant } from "../../support/webhooks";

/**
 * A change and its delivery are one cell batch; the queue is written after it. Failed there, the
 * change stands (it happened), and its delivery says so: failed with the reason, listed, and sent
 * again by a redelivery.
 */
afterEach(() => vi.restoreAllMocks());

type Delivery = { id: string; event_type: string; status: string; last_error: string | null };

describe("a delivery whose queue send fails", () => {
  it("keeps the change, marks the delivery failed with why, and redelivers it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { owner } = await webhookTenant();
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockRejectedValue(new Error("queue down"));
    expect((await updateTenant(owner, { name: "Sent Nowhere" })).status).toBe(200);

    const row = await env.CELL_US_1.prepare(
      "SELECT status, last_error FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'tenant.updated' ORDER BY rowid DESC LIMIT 1",
    )
      .bind(owner.tenantId)
      .first<{ status: string; last_error: string }>();
    expect(row?.status).toBe("failed");
    expect(row?.last_error).toMatch(/could not be queued: queue down/);
    const tenant = await env.CELL_US_1.prepare("SELECT name FROM tenants WHERE id = ?")
      .bind(owner.tenantId)
      .first<{ name: string }>();
    expect(tenant?.name).toBe("Sent Nowhere");

    const listed = await callJson<{ items: Delivery[] }>(
      tenantPath(owner.tenantId, "/webhook-deliveries?event_type=tenant.updated"),
      { token: owner.token },
    );
    const failed = listed.body.items.find((item) => item.status === "failed");
    expect(failed).toBeDefined();

    vi.restoreAllMocks();
    const queued = captureQueuedDeliveries();
    const again = await callJson(
      tenantPath(owner.tenantId, `/webhook-deliveries/${failed?.id}/redeliver`),
      { method: "POST", token: owner.token },
    );
    expect(again.status).toBeLessThan(300);
    expect(queued).toContain(failed?.id);
  });
});
