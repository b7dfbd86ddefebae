import { Hono } from "hono";
import { forbidden } from "../access/gate";
import { actorOf } from "../activity/actor";
import type { AppEnv } from "../env";
import { ifNoneMatchMatches } from "../lib/entity-tags";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { IF_NONE_MATCH, NOT_MODIFIED } from "../openapi/conditional";
import { describeRoute } from "../openapi/describe";
import { header } from "../openapi/headers";
import { applyTenantUpdate } from "./apply-update";
import { etagOf, Tenant, TenantUpdate, toTenant, UpdatedTenant } from "./schemas";

/** Mounted at `/v1/tenants/{tenant_id}`, behind `authorizeTenant`. */
export const tenantRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags: ["Tenant"],
      summary: "Get tenant",
      description: "The tenant's settings. The `ETag` header carries its version for `If-Match`.",
      headers: [IF_NONE_MATCH],
      responses: {
        200: { description: "The tenant", schema: Tenant, headers: ["ETag"] },
        304: NOT_MODIFIED,
      },
    }),
    noQueryParams(),
    async (c) => {
      const etag = etagOf(c.get("tenant"));
      c.header("ETag", etag);
      const ifNoneMatch = c.req.header("If-None-Match");
      if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, etag)) {
        return c.body(null, 304);
      }
      return c.json(toTenant(c.get("tenant")));
    },
  )
  .put(
    "/",
    describeRoute({
      tags: ["Tenant"],
      summary: "Update tenant",
      role: "admin",
      description:
        "Complete the organization setup or change settings. Partial: only the fields sent change. " +
        "Plan rules are enforced on the result (422 naming the rule). `sip_password` and " +
        "`webhook_secret` are encrypted before storage and never returned. Send `If-Match` with " +
        "the ETag you read to refuse a stale write (412). Every change is written to the activity " +
        "log and reported by a `tenant.updated` webhook. Setting `webhook_url` without a " +
        "`webhook_secret` generates one, returned once in this response. `deletion_grace_days` " +
        "is the owner's to set (403 `forbidden` to anyone else). While the tenant's deletion is " +
        "scheduled nothing changes here (409 `tenant_deletion_scheduled`). In a family, a " +
        "sub-account's limits stay within its parent's (422 `above_parent_limit`) and a parent's " +
        "at or above its sub-accounts' (422 `below_subaccount_limits`, naming them).",
      headers: [header("If-Match", "The ETag of your last read: a stale write is refused (412)")],
      errors: ["precondition_failed", "conflict"],
      responses: {
        200: { description: "The updated tenant", schema: UpdatedTenant, headers: ["ETag"] },
      },
    }),
    noQueryParams(),
    jsonBody(TenantUpdate),
    async (c) => {
      const update = c.req.valid("json");
      // How long a deletion waits is the owner's notice, as deleting is the owner's to do.
      const { role } = c.get("access");
      const platform = c.get("principal").role === "platform_admin";
      if (update.deletion_grace_days !== undefined && role !== "owner" && !platform) {
        throw forbidden("owner", role);
      }
      const { tenant, generatedWebhookSecret } = await applyTenantUpdate(
        c.get("db"),
        actorOf(c),
        c.get("tenant"),
        update,
        {
          ifMatch: c.req.header("If-Match"),
          environment: c.env.ENVIRONMENT,
          keys: c.env.ENCRYPTION_KEYS,
          deliveries: c.env.WEBHOOK_DELIVERIES,
        },
      );
      c.header("ETag", etagOf(tenant));
      const body: UpdatedTenant = toTenant(tenant);
      if (generatedWebhookSecret) body.webhook_secret = generatedWebhookSecret;
      return c.json(body);
    },
  );
