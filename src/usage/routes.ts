import { Hono } from "hono";
import { billingPeriod } from "../calls/period";
import { familyUsageOf, usageOf } from "../calls/queries";
import { Usage, UsageQuery } from "../calls/schemas";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { recordingUsageOf } from "../recordings/queries";
import { quotasAnswer, quotaUsageOf } from "../tenants/quotas";

/** Mounted at `/v1/tenants/{tenant_id}/usage`. */
export const usageRoutes = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    tags: ["Calls"],
    summary: "Get usage",
    description:
      "Active calls and calls started this UTC calendar month, next to the limits they count " +
      "against and the plan. The monthly count resets at `period_end`. `quotas`: what is " +
      "stored (agents, files, their bytes) and sent (test webhooks this minute) against the plan's " +
      "quotas. `recordings`: the call recordings stored and their bytes. A parent's " +
      "`group_by=tenant` adds `by_tenant`: itself and each sub-account, their use of its pool.",
    responses: { 200: { description: "Usage now", schema: Usage } },
  }),
  queryParams(UsageQuery),
  async (c) => {
    const db = c.get("db");
    const tenantId = c.get("tenant").id;
    const period = billingPeriod(new Date());
    const byTenant = c.req.valid("query").group_by === "tenant";
    const [[usage], [quotas], [recordings]] = await db.batch([
      usageOf(db, tenantId, period.start),
      quotaUsageOf(db, tenantId),
      recordingUsageOf(db, tenantId),
    ]);
    // The family's rows only when asked: a plain read stays what it was.
    const family = byTenant ? await familyUsageOf(db, tenantId, period.start) : [];
    if (!usage || !quotas || !recordings) throw notFound("Tenant");
    return c.json({
      billing_plan: usage.billingPlan,
      active_calls: usage.activeCalls,
      max_concurrent_calls: usage.maxConcurrentCalls,
      calls_this_month: usage.callsThisMonth,
      monthly_call_limit: usage.monthlyCallLimit,
      period_start: period.start,
      period_end: period.end,
      quotas: quotasAnswer(usage.billingPlan, quotas),
      recordings: { count: recordings.count, bytes: recordings.bytes },
      ...(byTenant && {
        by_tenant: family.map((row) => ({
          tenant_id: row.id,
          name: row.name,
          active_calls: row.activeCalls,
          max_concurrent_calls: row.maxConcurrentCalls,
          calls_this_month: row.callsThisMonth,
          monthly_call_limit: row.monthlyCallLimit,
        })),
      }),
    });
  },
);
