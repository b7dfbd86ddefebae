import { Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../env";
import { prefers } from "../lib/accept";
import { CSV_MEDIA_TYPE } from "../lib/csv";
import { queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { requireFeature } from "../tenants/features";
import { analyticsAnswer } from "./answer";
import { MAX_SPAN } from "./calendar";
import { analyticsCsv } from "./csv";
import { bucketTotals } from "./queries";
import { bucketRange, bucketSlots } from "./range";
import { CallAnalytics, CallAnalyticsQuery } from "./schemas";

const CSV_HEADER =
  "start,<group_by>,calls,completed_calls,total_duration_seconds,average_duration_seconds," +
  "max_duration_seconds";

const limits = Object.entries(MAX_SPAN)
  .map(([interval, span]) => `\`${interval}\` ${span.words}`)
  .join(", ");

/** Mounted at `/v1/tenants/{tenant_id}/analytics`; needs `analytics_enabled`. */
export const analyticsRoutes = new Hono<AppEnv>().get(
  "/calls",
  describeRoute({
    tags: ["Analytics"],
    summary: "Call analytics",
    description:
      "Calls started per bucket of `interval` in `timezone`'s calendar, with how many ended and " +
      "their durations, optionally split by `group_by`; from counters kept as calls start and " +
      "end, so the answer costs the same at any history size. The range is widened to whole " +
      "buckets and the answer gives the effective `from` and `to`. Every bucket is present, " +
      "empty ones with zeros, each with every group seen in the range (`direction`: always both). " +
      `Longest range: ${limits} (422 \`analytics_range_too_long\`). With \`Accept: text/csv\` ` +
      "(preferred to `application/json`) the buckets come as CSV. 403 `analytics_disabled` " +
      "unless the tenant has `analytics_enabled`.",
    errors: ["analytics_disabled"],
    responses: {
      200: {
        description: `The buckets and their totals; as CSV, the buckets alone (\`${CSV_HEADER}\`)`,
        schema: CallAnalytics,
        content: { "text/csv": z.string().describe(`RFC 4180, header row \`${CSV_HEADER}\``) },
        headers: ["Vary"],
      },
    },
  }),
  queryParams(CallAnalyticsQuery),
  async (c) => {
    const tenant = c.get("tenant");
    requireFeature(tenant, "analytics");
    const query = c.req.valid("query");
    const range = bucketRange(query, new Date());
    const slots = bucketSlots(range);
    const rows = await bucketTotals(c.get("db"), tenant.id, query.group_by ?? "all", slots);
    const answer = analyticsAnswer(range, query.group_by, rows);
    c.header("Vary", "Accept", { append: true });
    if (prefers(c.req.header("Accept"), "text/csv", "application/json")) {
      return c.body(analyticsCsv(answer), 200, { "Content-Type": CSV_MEDIA_TYPE });
    }
    return c.json(answer);
  },
);
