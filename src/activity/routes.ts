import { Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../env";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { listActivity } from "./queries";
import { ActivityLogEntry, toEntry } from "./schemas";

/** Mounted at `/v1/tenants/{tenant_id}/activity-logs`, behind `authorizeTenant`. */
export const activityRoutes = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    tags: ["Activity log"],
    summary: "List activity log",
    description:
      "The audit trail of every change to the tenant and what it owns, newest first; with " +
      "`hipaa_enabled`, every read of recordings, calls and the export too.",
    responses: { 200: { description: "A page of entries", schema: pageOf(ActivityLogEntry) } },
  }),
  queryParams(
    PageQuery.extend({
      action: z.string().min(1).max(100).optional().describe("Only entries of this action"),
    }),
  ),
  async (c) => {
    const query = c.req.valid("query");
    const rows = await listActivity(c.get("db"), c.get("tenant").id, query);
    return c.json(toPage(rows, query.limit, toEntry));
  },
);
