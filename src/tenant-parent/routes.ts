import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import type { AppEnv } from "../env";
import { ValidationError } from "../errors";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { reparentInCell } from "../subaccounts/queries";
import { Tenant, toTenant } from "../tenants/schemas";

const ParentChange = z
  .strictObject({
    parent_id: z.string().min(1).max(64).describe("The new parent, in the same cell"),
  })
  .meta({ id: "ParentChange" });

/** Mounted at `/v1/tenants/{tenant_id}/parent`: which tenant a sub-account belongs to. */
export const parentRoutes = new Hono<AppEnv>().put(
  "/",
  describeRoute({
    tags: ["Sub-accounts"],
    summary: "Move a sub-account to another parent",
    role: "platform_admin",
    description:
      "Platform admins. The sub-account (the path's tenant) belongs to `parent_id` from now on: " +
      "a tenant of the same cell, of its own, active, on the sub-account's plan with room for " +
      "one more, and limits at least the sub-account's; else 422 naming the rule.",
    errors: ["conflict"],
    responses: { 200: { description: "The sub-account", schema: Tenant } },
  }),
  noQueryParams(),
  jsonBody(ParentChange),
  async (c) => {
    const sub = c.get("tenant");
    const { parent_id: to } = c.req.valid("json");
    const refuse = (msg: string, type: string) =>
      new ValidationError([{ loc: ["body", "parent_id"], msg, type }]);
    if (!sub.parentId) throw refuse("The tenant is no sub-account", "not_a_subaccount");
    if (to === sub.id || to === sub.parentId) {
      throw refuse("The sub-account's parent already, or itself", "same_parent");
    }
    const db = c.get("db");
    const moved = await reparentInCell(db, actorOf(c), sub, sub.parentId, to);
    if (!moved) {
      throw refuse(
        "No tenant of this cell that can take it: it must be active, of its own, on the " +
          `${sub.billingPlan} plan with room for one more sub-account, and limits at least its own`,
        "parent_not_eligible",
      );
    }
    return c.json(toTenant({ ...sub, parentId: to, version: sub.version + 1 }));
  },
);
