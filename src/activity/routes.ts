import { Hono } from "hono";
import * as z from "zod";
import { AuditVerification, breakReasons } from "../audit/schemas";
import { auditPublicKey } from "../audit/signing";
import { decodeCursor, verifyStep } from "../audit/verify";
import type { AppEnv } from "../env";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { listActivity } from "./queries";
import { ActivityLogEntry, toEntry } from "./schemas";

/** Mounted at `/v1/tenants/{tenant_id}/activity-logs`, behind `authorizeTenant`. */
export const activityRoutes = new Hono<AppEnv>()
  .get(
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
  )
  .get(
    "/verify",
    describeRoute({
      tags: ["Activity log"],
      summary: "Verify the audit trail",
      description:
        "Walks the tenant's audit chain, archived entries first, a bounded step a request: each " +
        "entry must follow the one before it (no seq missing) and carry the hash its content " +
        "gives, and the latest signed checkpoint (write-once in R2) must agree. `next_cursor` " +
        "continues the walk; `status` is `ok` so far, or `broken` with the first break, for " +
        `one of these reasons (\`npm run verify-audit\` gives the same): ${breakReasons()}. ` +
        "`unsealed`: the newest entries, hashed within a minute. The README says how to check " +
        "it offline.",
      responses: { 200: { description: "The walk so far", schema: AuditVerification } },
    }),
    queryParams(
      z.strictObject({
        cursor: z
          .string()
          .max(200)
          .refine((text) => decodeCursor(text) !== null, "Must be a next_cursor")
          .optional()
          .describe("The `next_cursor` of the step before"),
      }),
    ),
    async (c) => {
      const { cursor } = c.req.valid("query");
      const from = cursor === undefined ? null : decodeCursor(cursor);
      const publicKey = await auditPublicKey(c.env.AUDIT_SIGNING_KEY);
      const deps = { db: c.get("db"), blobs: c.get("blobs"), publicKey };
      return c.json(await verifyStep(deps, c.get("tenant").id, from));
    },
  );
