import { Hono } from "hono";
import * as z from "zod";
import type { ActivityLogRow } from "../db/schema";
import type { AppEnv } from "../env";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { queryParams } from "../middleware/validate";
import { Timestamp } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { listActivity } from "./queries";

export const ActivityLogEntry = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    actor_id: z.string(),
    action: z.string(),
    target_type: z.string(),
    target_id: z.string(),
    changes: z
      .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
      .describe('Field → {from, to}; secrets appear only as "[redacted]"; {} for a read'),
    accessed: z
      .array(z.string())
      .nullable()
      .describe(
        "For a read of protected health information (HIPAA tenants): what was read, the ids of " +
          "the call or calls, or the tables of an export. Null for a change",
      ),
    request_id: z.string(),
    ip: z.string().nullable(),
    user_agent: z.string().nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "ActivityLogEntry" });

const toEntry = (row: ActivityLogRow): z.infer<typeof ActivityLogEntry> => ({
  id: row.id,
  tenant_id: row.tenantId,
  actor_id: row.actorId,
  action: row.action,
  target_type: row.targetType,
  target_id: row.targetId,
  changes: row.changes,
  accessed: row.accessed,
  request_id: row.requestId,
  ip: row.ip,
  user_agent: row.userAgent,
  created_at: row.createdAt,
});

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
