import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import { type Changes, REDACTED } from "../activity/queries";
import type { AppEnv } from "../env";
import { ApiError, notFound, ValidationError } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { roomForWebhookEndpoint, webhookEndpointRefusal } from "../tenants/quotas";
import { PRIMARY_ENDPOINT_ID } from "../webhooks/queries";
import { webhookUrlProblem } from "../webhooks/url";
import {
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from "./queries";
import {
  CreatedWebhookEndpoint,
  EndpointIdParam,
  primaryEndpointOf,
  RotatedEndpointSecret,
  toEndpoint,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointUpdate,
} from "./schemas";
import { newEndpointSecret, rotateEndpointSecret } from "./secrets";

const tags = ["Webhook endpoints"];
const endpointNotFound = () => notFound("Webhook endpoint");
const raced = () => new ApiError(409, "conflict", "Changed concurrently; try again");
const primaryIsSettings = () =>
  new ApiError(
    409,
    "primary_webhook_endpoint",
    "The primary endpoint is the tenant's webhook_url, webhook_events and webhook_secret: change " +
      "them with PUT /v1/tenants/{tenant_id} and POST …/webhook-secret/rotate",
  );

/** The URL's problem by the host rules of webhook_url, as a 422 on `url`. */
function checkUrl(url: string, environment: string) {
  const problem = webhookUrlProblem(url, environment);
  if (problem) {
    const msg = problem.replace(/^webhook_url/, "url");
    throw new ValidationError([{ loc: ["body", "url"], msg, type: "url_not_allowed" }]);
  }
}

/** What the activity log shows of an endpoint's fields, by API name. */
const FIELDS = ["url", "events", "description", "enabled"] as const;

/** A cursor past every id: the first page's rows follow the primary endpoint from the top. */
const FROM_THE_TOP = "ffffffff-ffff-ffff-ffff-ffffffffffff";

const ABOUT =
  "Each event goes to every enabled endpoint that takes it, signed with that endpoint's secret " +
  "(Standard Webhooks), retried and logged per endpoint (`GET …/webhook-deliveries?endpoint_id=`). " +
  "The tenant's own webhook_url, webhook_events and webhook_secret are its first endpoint, " +
  "`primary`, listed first and changed through the tenant's settings. An endpoint whose every " +
  "attempt failed for three days is disabled, and the others receive `webhook_endpoint.disabled`.";

/** Mounted at `/v1/tenants/{tenant_id}/webhook-endpoints`, behind `authorizeTenant`. */
export const webhookEndpointRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List webhook endpoints",
      description: `${ABOUT} The primary endpoint first (when a webhook_url is set), then the others, newest first.`,
      responses: { 200: { description: "A page", schema: pageOf(WebhookEndpoint) } },
    }),
    queryParams(PageQuery),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const tenant = c.get("tenant");
      const primary = cursor ? undefined : primaryEndpointOf(tenant);
      if (!primary) {
        const rows = await listEndpoints(c.get("db"), tenant.id, { limit, cursor });
        return c.json(toPage(rows, limit, toEndpoint));
      }
      const rows = await listEndpoints(c.get("db"), tenant.id, { limit: limit - 1 });
      const page = toPage(rows, limit - 1, toEndpoint);
      const more = rows.length > limit - 1;
      return c.json({
        items: [primary, ...page.items],
        next_cursor: more ? (page.next_cursor ?? FROM_THE_TOP) : null,
      });
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Create a webhook endpoint",
      // Where the tenant's events go is a setting, as webhook_url is: admins and the owner.
      role: "admin",
      description:
        `${ABOUT} Its own \`whsec_\` secret is generated and returned this once. At most as ` +
        "many as the plan allows besides the primary one (403 `webhook_endpoint_limit_reached`). " +
        "Unknown fields are refused (422).",
      errors: ["webhook_endpoint_limit_reached"],
      responses: {
        201: {
          description: "The new endpoint, with its secret",
          schema: CreatedWebhookEndpoint,
          headers: ["Location"],
        },
      },
    }),
    noQueryParams(),
    jsonBody(WebhookEndpointCreate),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const body = c.req.valid("json");
      checkUrl(body.url, c.env.ENVIRONMENT);
      const id = newId();
      const now = nowIso();
      const { secret, secretEnc } = await newEndpointSecret(c.env.ENCRYPTION_KEYS, {
        id,
        tenantId: tenant.id,
      });
      const row = {
        id,
        tenantId: tenant.id,
        url: body.url,
        events: body.events ?? null,
        description: body.description ?? null,
        enabled: body.enabled ?? true,
        secretEnc,
        createdAt: now,
        updatedAt: now,
      };
      const changes: Changes = {
        url: { from: null, to: row.url },
        events: { from: null, to: row.events },
        description: { from: null, to: row.description },
        enabled: { from: null, to: row.enabled },
        secret: { from: null, to: REDACTED },
      };
      const created = await insertEndpoint(
        db,
        actorOf(c),
        row,
        roomForWebhookEndpoint(tenant.id, tenant.billingPlan),
        { action: "webhook_endpoint.created", changes },
      );
      if (!created) {
        throw (await webhookEndpointRefusal(db, tenant.id, tenant.billingPlan)) ?? raced();
      }
      c.header("Location", locationOf(c, id));
      return c.json({ ...toEndpoint(created), secret }, 201);
    },
  )
  .get(
    "/:endpoint_id",
    describeRoute({
      tags,
      summary: "Get a webhook endpoint",
      description: "`primary`: the tenant's own webhook_url, as its first endpoint.",
      responses: { 200: { description: "The endpoint", schema: WebhookEndpoint } },
    }),
    pathParams(EndpointIdParam),
    noQueryParams(),
    async (c) => {
      const tenant = c.get("tenant");
      const { endpoint_id } = c.req.valid("param");
      if (endpoint_id === PRIMARY_ENDPOINT_ID) {
        const primary = primaryEndpointOf(tenant);
        if (!primary) throw endpointNotFound();
        return c.json(primary);
      }
      const row = await findEndpoint(c.get("db"), tenant.id, endpoint_id);
      if (!row) throw endpointNotFound();
      return c.json(toEndpoint(row));
    },
  )
  .patch(
    "/:endpoint_id",
    describeRoute({
      tags,
      summary: "Update a webhook endpoint",
      role: "admin",
      description:
        "Partial: only the fields sent change. Enabling a disabled endpoint forgets its failures. " +
        "409 `primary_webhook_endpoint` for `primary`, which the tenant's settings change.",
      errors: ["conflict", "primary_webhook_endpoint"],
      responses: { 200: { description: "The endpoint", schema: WebhookEndpoint } },
    }),
    pathParams(EndpointIdParam),
    noQueryParams(),
    jsonBody(WebhookEndpointUpdate),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const { endpoint_id } = c.req.valid("param");
      if (endpoint_id === PRIMARY_ENDPOINT_ID) throw primaryIsSettings();
      const body = c.req.valid("json");
      const existing = await findEndpoint(db, tenant.id, endpoint_id);
      if (!existing) throw endpointNotFound();
      if (body.url !== undefined) checkUrl(body.url, c.env.ENVIRONMENT);
      const shown = toEndpoint(existing);
      const changes: Changes = {};
      for (const field of FIELDS) {
        const to = body[field];
        if (to === undefined || JSON.stringify(to) === JSON.stringify(shown[field])) continue;
        changes[field] = { from: shown[field], to };
      }
      if (Object.keys(changes).length === 0) return c.json(shown);
      const enabling = body.enabled === true && !existing.enabled;
      const updated = await updateEndpoint(
        db,
        actorOf(c),
        existing,
        {
          ...(body.url !== undefined && { url: body.url }),
          ...(body.events !== undefined && { events: body.events }),
          ...(body.description !== undefined && { description: body.description }),
          ...(body.enabled !== undefined && { enabled: body.enabled }),
          ...(enabling && { failingSince: null, disabledReason: null }),
          updatedAt: nowIso(),
        },
        { action: "webhook_endpoint.updated", changes },
      );
      if (!updated) throw raced();
      return c.json(toEndpoint(updated));
    },
  )
  .delete(
    "/:endpoint_id",
    describeRoute({
      tags,
      summary: "Delete a webhook endpoint",
      role: "admin",
      description:
        "Its deliveries stay listed; those still pending fail. 409 `primary_webhook_endpoint` " +
        "for `primary`: set the tenant's webhook_url to null instead.",
      errors: ["primary_webhook_endpoint"],
      responses: { 204: { description: "Deleted" } },
    }),
    pathParams(EndpointIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const { endpoint_id } = c.req.valid("param");
      if (endpoint_id === PRIMARY_ENDPOINT_ID) throw primaryIsSettings();
      const existing = await findEndpoint(db, tenant.id, endpoint_id);
      if (!existing) throw endpointNotFound();
      const shown = toEndpoint(existing);
      const changes = Object.fromEntries(
        FIELDS.map((field) => [field, { from: shown[field], to: null }]),
      );
      const deleted = await deleteEndpoint(db, actorOf(c), existing, {
        action: "webhook_endpoint.deleted",
        changes,
      });
      if (!deleted) throw endpointNotFound();
      return c.body(null, 204);
    },
  )
  .post(
    "/:endpoint_id/rotate-secret",
    describeRoute({
      tags,
      summary: "Rotate a webhook endpoint's secret",
      description:
        "A new `whsec_` secret for this endpoint alone, returned this once. For 24 hours its " +
        "deliveries carry two signatures, one by each secret. 409 `primary_webhook_endpoint` for " +
        "`primary`: rotate it with `POST …/webhook-secret/rotate`.",
      errors: ["conflict", "primary_webhook_endpoint"],
      responses: { 200: { description: "The new secret", schema: RotatedEndpointSecret } },
    }),
    pathParams(EndpointIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const { endpoint_id } = c.req.valid("param");
      if (endpoint_id === PRIMARY_ENDPOINT_ID) throw primaryIsSettings();
      const existing = await findEndpoint(db, tenant.id, endpoint_id);
      if (!existing) throw endpointNotFound();
      const { secret, patch } = await rotateEndpointSecret(c.env.ENCRYPTION_KEYS, existing);
      const updated = await updateEndpoint(
        db,
        actorOf(c),
        existing,
        { ...patch, updatedAt: nowIso() },
        {
          action: "webhook_endpoint.secret_rotated",
          changes: { secret: { from: REDACTED, to: REDACTED } },
        },
      );
      if (!updated) throw raced();
      return c.json({ secret, previous_secret_expires_at: patch.previousSecretExpiresAt });
    },
  );
