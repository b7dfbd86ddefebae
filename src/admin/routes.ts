import { Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../env";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { authenticate, requirePlatformAdmin } from "../middleware/authenticate";
import { apiRateLimit } from "../middleware/rate-limit";
import { queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { BILLING_PLANS } from "../tenants/plans";
import { listTenants } from "../tenants/queries";
import { Tenant, toTenant } from "../tenants/schemas";

/** Mounted at `/v1/tenants`: the platform operators' view of every tenant. */
export const adminRoutes = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    tags: ["Platform admin"],
    summary: "List all tenants",
    description: "Platform admins only; owners get 403. Filter by `status` and `billing_plan`.",
    errors: ["forbidden"],
    responses: { 200: { description: "A page of tenants", schema: pageOf(Tenant) } },
  }),
  authenticate(),
  requirePlatformAdmin(),
  apiRateLimit((c) => `admin:${c.get("principal").userId}`),
  queryParams(
    PageQuery.extend({
      status: z.enum(["active", "inactive", "deleting"]).optional(),
      billing_plan: z.enum(BILLING_PLANS).optional(),
    }),
  ),
  async (c) => {
    const query = c.req.valid("query");
    const rows = await listTenants(c.get("db"), query);
    return c.json(toPage(rows, query.limit, toTenant));
  },
);
