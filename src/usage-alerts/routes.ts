import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import { usageAlerts } from "../db/schema";
import type { AppEnv } from "../env";
import { notFound, ValidationError } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { ResourceIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { deleteOwned, findOwned, insertOwned, listOwned, updateOwned } from "../resources/queries";
import { quotaExceeded } from "../tenants/quotas";
import { additionChanges, removalChanges } from "../writes/plan";
import {
  LOGGED_FIELDS,
  MAX_USAGE_ALERTS,
  thresholdIssues,
  toUsageAlert,
  UsageAlert,
  UsageAlertCreate,
  UsageAlertUpdate,
} from "./schemas";

const tags = ["Usage alerts"];

const ABOUT =
  "A usage alert sends `usage.threshold_reached` (see `webhooks`) and logs it when its metric " +
  "reaches its threshold: decided in the batch of the write that reaches it (a call's start, a " +
  "file or recording upload), once per UTC calendar month when " +
  "`recurring`, else once. Parallel writes reaching it together send it once. A new tenant " +
  "starts with two: 80 % and 100 % of `monthly_call_limit`, recurring.";

const alertsOfTenant = (tenantId: string) =>
  sql`(SELECT count(*) FROM ${usageAlerts} WHERE ${usageAlerts.tenantId} = ${tenantId})`;

const tooMany = () =>
  quotaExceeded("usage_alerts", `A tenant keeps at most ${MAX_USAGE_ALERTS} usage alerts`);

const shown = (alert: Record<string, unknown>) => alert as Record<string, unknown>;

/** Mounted at `/v1/tenants/{tenant_id}/usage-alerts`. */
export const usageAlertRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List usage alerts",
      description: `${ABOUT} Newest first.`,
      responses: { 200: { description: "A page", schema: pageOf(UsageAlert) } },
    }),
    queryParams(PageQuery),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listOwned(c.get("db"), usageAlerts, c.get("tenant").id, query);
      return c.json(toPage(rows, query.limit, toUsageAlert));
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Create usage alert",
      description:
        `${ABOUT} Exactly one of \`threshold\` and \`threshold_percent\` (422 otherwise); a ` +
        `percentage needs a metric with a limit (422). At most ${MAX_USAGE_ALERTS} alerts a ` +
        "tenant (403 `quota_exceeded`). An alert whose metric is already past its threshold is " +
        "reached by the next write that changes the metric.",
      errors: ["quota_exceeded"],
      responses: {
        201: { description: "The new usage alert", schema: UsageAlert, headers: ["Location"] },
      },
    }),
    noQueryParams(),
    jsonBody(UsageAlertCreate),
    async (c) => {
      const body = c.req.valid("json");
      const issues = thresholdIssues(body);
      if (issues.length > 0) throw new ValidationError(issues);
      const tenantId = c.get("tenant").id;
      const id = newId();
      const now = nowIso();
      const row = await insertOwned(
        c.get("db"),
        actorOf(c),
        usageAlerts,
        {
          id,
          tenantId,
          metric: body.metric,
          threshold: body.threshold ?? null,
          thresholdPercent: body.threshold_percent ?? null,
          recurring: body.recurring,
          createdAt: now,
          updatedAt: now,
        },
        {
          action: "usage_alert.created",
          targetType: "usage_alert",
          changes: additionChanges([...LOGGED_FIELDS], {
            metric: body.metric,
            threshold: body.threshold ?? null,
            threshold_percent: body.threshold_percent ?? null,
            recurring: body.recurring,
          }),
        },
        { guard: sql`${alertsOfTenant(tenantId)} < ${MAX_USAGE_ALERTS}` },
      );
      if (!row) throw tooMany();
      c.header("Location", locationOf(c, id));
      return c.json(toUsageAlert(row), 201);
    },
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "Get usage alert",
      description: ABOUT,
      responses: { 200: { description: "The usage alert", schema: UsageAlert } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const row = await findOwned(
        c.get("db"),
        usageAlerts,
        c.get("tenant").id,
        c.req.valid("param").id,
      );
      if (!row) throw notFound("Usage alert");
      return c.json(toUsageAlert(row));
    },
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Update usage alert",
      description:
        "Only the fields sent change. `threshold` replaces a `threshold_percent` and the other " +
        "way round (422 for both at once, or a percentage on a metric without a limit). A new " +
        "metric or threshold arms the alert again: it is reached anew, this month too.",
      responses: { 200: { description: "The updated usage alert", schema: UsageAlert } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    jsonBody(UsageAlertUpdate),
    async (c) => {
      const body = c.req.valid("json");
      if (body.threshold !== undefined && body.threshold_percent !== undefined) {
        throw new ValidationError(
          thresholdIssues({ metric: "", threshold: 1, threshold_percent: 1 }),
        );
      }
      const db = c.get("db");
      const tenantId = c.get("tenant").id;
      const existing = await findOwned(db, usageAlerts, tenantId, c.req.valid("param").id);
      if (!existing) throw notFound("Usage alert");
      const next = {
        metric: body.metric ?? existing.metric,
        threshold:
          body.threshold ?? (body.threshold_percent !== undefined ? null : existing.threshold),
        thresholdPercent:
          body.threshold_percent ??
          (body.threshold !== undefined ? null : existing.thresholdPercent),
        recurring: body.recurring ?? existing.recurring,
      };
      const issues = thresholdIssues({
        metric: next.metric,
        threshold: next.threshold,
        threshold_percent: next.thresholdPercent,
      });
      if (issues.length > 0) throw new ValidationError(issues);
      const before = shown(toUsageAlert(existing));
      const after = shown(toUsageAlert({ ...existing, ...next }));
      const changed = LOGGED_FIELDS.filter((field) => before[field] !== after[field]);
      if (changed.length === 0) return c.json(toUsageAlert(existing));
      const rearmed = changed.some((field) => field !== "recurring");
      const updated = await updateOwned(
        db,
        actorOf(c),
        usageAlerts,
        { tenantId, id: existing.id },
        {
          ...next,
          ...(rearmed && {
            reachedPeriod: null,
            reachedAt: null,
            reachedValue: null,
            reachedBy: null,
          }),
          updatedAt: nowIso(),
        },
        {
          action: "usage_alert.updated",
          targetType: "usage_alert",
          changes: Object.fromEntries(
            changed.map((field) => [field, { from: before[field], to: after[field] }]),
          ),
        },
      );
      if (!updated) throw notFound("Usage alert");
      return c.json(toUsageAlert(updated));
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Delete usage alert",
      description: "The alert stops; what it sent and logged stays.",
      responses: { 204: { description: "Deleted" } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenantId = c.get("tenant").id;
      const existing = await findOwned(db, usageAlerts, tenantId, c.req.valid("param").id);
      if (!existing) throw notFound("Usage alert");
      const deleted = await deleteOwned(
        db,
        actorOf(c),
        usageAlerts,
        { tenantId, id: existing.id },
        {
          action: "usage_alert.deleted",
          targetType: "usage_alert",
          changes: removalChanges([...LOGGED_FIELDS], shown(toUsageAlert(existing))),
        },
      );
      if (!deleted) throw notFound("Usage alert");
      return c.body(null, 204);
    },
  );
