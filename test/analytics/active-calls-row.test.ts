import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signup } from "../support/api-client";
import { callStart, configure, createAgent } from "../support/resource-fixtures";
import { endCallAt, recountedRollups, startCallAt, storedRollups } from "../support/rollups";

beforeAll(() => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
});
afterAll(() => vi.restoreAllMocks());

describe("the active calls' rollup row of a slot", () => {
  it("stays, counting the calls still active there, when another call of the slot ends", async () => {
    const owner = await signup();
    await configure(owner, { billing_plan: "business", max_concurrent_calls: 100 });
    const agent = await createAgent(owner);
    const first = await startCallAt(owner.tenantId, callStart(agent.id), "2024-06-03T09:01:00Z");
    await startCallAt(owner.tenantId, callStart(agent.id), "2024-06-03T09:02:00Z");
    await endCallAt(owner.tenantId, first, "completed", "2024-06-03T09:05:00Z");

    const stored = await storedRollups(owner.tenantId);
    expect(stored.filter((row) => row.dimension === "ended_reason")).toEqual([
      expect.objectContaining({ group_key: "", calls: 1, completed_calls: 0 }),
      expect.objectContaining({ group_key: "completed", calls: 1, completed_calls: 1 }),
    ]);
    expect(stored).toEqual(await recountedRollups(owner.tenantId));
  });
});
