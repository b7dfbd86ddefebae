import { afterEach, expect, it, vi } from "vitest";
import { receiveDelivery } from "../../examples/webhook-handler";
import { callJson, tenantPath } from "../support/api-client";
import { captureQueuedDeliveries, consume, mockReceiver, webhookTenant } from "../support/webhooks";

afterEach(() => vi.restoreAllMocks());

it("a receiver typed by the generated client verifies and reads a real delivery", async () => {
  const { owner, secret } = await webhookTenant();
  const queued = captureQueuedDeliveries();
  const received = mockReceiver([204]);
  const update = await callJson(tenantPath(owner.tenantId), {
    method: "PUT",
    token: owner.token,
    body: { name: "Acme Voice", analytics_enabled: true },
  });
  expect(update.status).toBe(200);
  const [deliveryId] = queued;
  if (queued.length !== 1 || !deliveryId) throw new Error(`queued ${queued.length} deliveries`);
  await consume(deliveryId, 1, "webhook-deliveries", owner.tenantId);
  const delivery = received[0];
  if (!delivery) throw new Error("nothing was delivered");

  const { id, event, summary } = receiveDelivery(secret, delivery.body, delivery.headers);
  expect(id).toBe(deliveryId);
  expect(event.type).toBe("tenant.updated");
  expect(summary).toBe(`tenant ${owner.tenantId} changed name, analytics_enabled`);
  expect(() =>
    receiveDelivery(`whsec_${btoa("another secret of 24 bytes")}`, delivery.body, delivery.headers),
  ).toThrow();
});
