import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callJson, signup, tenantPath } from "../support/api-client";
import { createAgent, startCall } from "../support/resource-fixtures";
import { createEndpoint } from "../support/webhook-endpoints";
import { captureQueuedDeliveries } from "../support/webhooks";

beforeEach(() => {
  captureQueuedDeliveries();
});
afterEach(() => vi.restoreAllMocks());

/** The tenant's `all` rollups, summed over its slots. */
const rolledUp = async (tenantId: string) =>
  env.CELL_US_1.prepare(
    "SELECT sum(calls) AS calls, sum(completed_calls) AS completed FROM call_rollups WHERE tenant_id = ? AND dimension = 'all'",
  )
    .bind(tenantId)
    .first<{ calls: number; completed: number }>();

const endedDeliveries = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT endpoint_id FROM webhook_deliveries WHERE tenant_id = ? AND event_type = 'call.ended' ORDER BY endpoint_id",
    )
      .bind(tenantId)
      .all<{ endpoint_id: string | null }>()
  ).results.map((row) => row.endpoint_id);

describe("a call's end with several webhook endpoints", () => {
  it.each([
    ["two endpoints take call.ended", ["call.ended"], 2],
    ["no endpoint takes call.ended", ["tenant.updated"], 0],
  ] as const)(
    "%s: the end is counted once in the rollups, each taker gets its delivery",
    async (_, events, deliveries) => {
      const owner = await signup();
      const endpoints = [
        await createEndpoint(owner, { url: "https://one.example.com/hooks", events }),
        await createEndpoint(owner, { url: "https://two.example.com/hooks", events }),
      ];
      const agent = await createAgent(owner);
      const call = await startCall(owner, agent.id);
      const end = await callJson(tenantPath(owner.tenantId, `/calls/${call.body.id}/end`), {
        method: "POST",
        token: owner.token,
      });
      expect(end.status).toBe(200);
      expect(await rolledUp(owner.tenantId)).toEqual({ calls: 1, completed: 1 });
      expect(await endedDeliveries(owner.tenantId)).toEqual(
        deliveries === 0 ? [] : endpoints.map((e) => e.id).sort(),
      );
    },
  );
});
