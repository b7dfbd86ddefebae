import { describe, expect, it } from "vitest";
import { PLANS } from "../../src/tenants/plans";
import { callJson, signup, tenantPath } from "../support/api-client";
import { configure, createAgent, startCall } from "../support/resource-fixtures";

describe("usage", () => {
  it("reports active calls, calls this month, the limits and the plan", async () => {
    const tenant = await signup("Usage");
    await configure(tenant, { max_concurrent_calls: 3, monthly_call_limit: 50 });
    const agent = await createAgent(tenant);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { body } = await startCall<{ id: string }>(tenant, agent.id);
      ids.push(body.id);
    }
    await callJson(tenantPath(tenant.tenantId, `/calls/${ids[0]}/end`), {
      method: "POST",
      token: tenant.token,
    });
    const { status, body } = await callJson(tenantPath(tenant.tenantId, "/usage"), {
      token: tenant.token,
    });
    expect(status).toBe(200);
    const now = new Date();
    expect(body).toEqual({
      billing_plan: "starter",
      active_calls: 2,
      max_concurrent_calls: 3,
      calls_this_month: 3,
      monthly_call_limit: 50,
      period_start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
      period_end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
      quotas: {
        agents: { used: 1, limit: PLANS.starter.quotas.agents },
        files: { used: 0, limit: PLANS.starter.quotas.files },
        file_bytes: { used: 0, limit: PLANS.starter.quotas.fileBytes },
        test_webhooks_per_minute: { used: 0, limit: PLANS.starter.quotas.testWebhooksPerMinute },
      },
      recordings: { count: 0, bytes: 0 },
    });
  });
});
