import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call, signup, tenantPath } from "../support/api-client";
import { createEndpoint } from "../support/webhook-endpoints";
import { captureQueuedDeliveries } from "../support/webhooks";

beforeEach(() => {
  captureQueuedDeliveries();
  vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
});
afterEach(() => vi.restoreAllMocks());

describe("webhook endpoints as tenant data", () => {
  it("are in the export without their secrets, and hear of the tenant's deletion", async () => {
    const owner = await signup();
    const endpoint = await createEndpoint(owner, {
      url: "https://exported.example.com/hooks",
      events: ["tenant.deletion_started"],
      description: "Kept in the backup",
    });
    await call(tenantPath(owner.tenantId, `/webhook-endpoints/${endpoint.id}/rotate-secret`), {
      method: "POST",
      token: owner.token,
    });

    const res = await call(tenantPath(owner.tenantId, "/export"), { token: owner.token });
    const text = await res.text();
    const exported = JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> };
    expect(exported.tables.webhook_endpoints).toEqual([
      expect.objectContaining({
        id: endpoint.id,
        url: endpoint.url,
        description: "Kept in the backup",
        secret_set: true,
        previous_secret_set: true,
      }),
    ]);
    expect(text).not.toContain("whsec_");
    expect(text).not.toContain("secret_enc");

    const deleted = await call(tenantPath(owner.tenantId), {
      method: "DELETE",
      token: owner.token,
    });
    expect(deleted.status).toBe(202);
    const { results } = await env.CELL_US_1.prepare(
      "SELECT endpoint_id FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'tenant.deletion_started'",
    )
      .bind(owner.tenantId)
      .all<{ endpoint_id: string }>();
    expect(results).toEqual([{ endpoint_id: endpoint.id }]);
  });
});
