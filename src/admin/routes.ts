import { Hono } from "hono";
import * as z from "zod";
import { everyCell } from "../cells/config";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { authenticate } from "../middleware/authenticate";
import { openSession } from "../middleware/database";
import { apiRateLimit } from "../middleware/rate-limit";
import { queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { BILLING_PLANS } from "../tenants/plans";
import { listTenants } from "../tenants/queries";
import { PUBLIC_STATUSES, Tenant, toTenant } from "../tenants/schemas";

/** Mounted at `/v1/tenants`: the platform operators' view of every tenant. */
export const adminRoutes = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    tags: ["Platform admin"],
    summary: "List all tenants",
    description:
      "Platform admins only; owners get 403. Every cell's tenants, newest first, one cursor " +
      "over all of them. Filter by `status` and `billing_plan`.",
    credential: "platform",
    errors: ["forbidden"],
    responses: { 200: { description: "A page of tenants", schema: pageOf(Tenant) } },
  }),
  authenticate(),
  apiRateLimit((c) => `admin:${c.get("principal").userId}`),
  queryParams(
    PageQuery.extend({
      status: z.enum(PUBLIC_STATUSES).optional(),
      billing_plan: z.enum(BILLING_PLANS).optional(),
    }),
  ),
  async (c) => {
    const query = c.req.valid("query");
    // One page from each cell, in parallel, merged newest first: the cursor (the last id
    // served) reads on from the same place in every cell.
    const pages = await Promise.all(
      everyCell(c.env).map(({ cell, d1 }) =>
        listTenants(createDb(openSession(c, cell.name, d1)), query),
      ),
    );
    const rows = pages.flat().sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    return c.json(toPage(rows, query.limit, toTenant));
  },
);
