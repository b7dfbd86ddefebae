import { and, eq, inArray } from "drizzle-orm";
import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import { members, tenants } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound, ValidationError } from "../errors";
import { nowIso } from "../lib/ids";
import { jsonBody, noQueryParams, pathParams } from "../middleware/validate";
import { ResourceIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { updateOwned } from "../resources/queries";
import { PLANS } from "../tenants/plans";

/** Every sub-account, present and future: a grant's wildcard. */
const ALL_SUBACCOUNTS = "*";

const SubaccountGrants = z
  .strictObject({
    subaccount_ids: z
      .array(z.string().min(1).max(64))
      .max(PLANS.enterprise.subaccounts)
      .describe(
        'The sub-accounts the member reaches, with its role there: their ids, or ["*"] for all ' +
          "of them; [] for none",
      ),
  })
  .meta({ id: "SubaccountGrants" });

const MemberGrants = SubaccountGrants.extend({ member_id: z.string() }).meta({
  id: "MemberSubaccountGrants",
});

/**
 * Mounted at `/v1/tenants/{tenant_id}/members/{id}/subaccounts`: which sub-accounts a parent's
 * developer or viewer reaches (its owner and admins reach them all).
 */
export const memberGrantRoutes = new Hono<AppEnv>().put(
  "/",
  describeRoute({
    tags: ["Sub-accounts"],
    summary: "Grant a member sub-accounts",
    role: "admin",
    description:
      "The parent's developers and viewers reach the sub-accounts listed here, with their role; " +
      'its owner and admins reach them all. `["*"]` grants every sub-account, present and ' +
      "future. An id that is no sub-account of this tenant is a 422 `unknown_subaccount`.",
    responses: { 200: { description: "The member's grants", schema: MemberGrants } },
  }),
  pathParams(ResourceIdParam),
  noQueryParams(),
  jsonBody(SubaccountGrants),
  async (c) => {
    const { id } = c.req.valid("param");
    const { subaccount_ids: subaccounts } = c.req.valid("json");
    const db = c.get("db");
    const tenantId = c.get("tenant").id;
    const ids = [...new Set(subaccounts)];
    const named = ids.filter((sub) => sub !== ALL_SUBACCOUNTS);
    const [member, found] = await db.batch([
      db
        .select()
        .from(members)
        .where(and(eq(members.tenantId, tenantId), eq(members.id, id))),
      db
        .select({ id: tenants.id })
        .from(tenants)
        .where(and(eq(tenants.parentId, tenantId), inArray(tenants.id, named))),
    ]);
    const current = member[0];
    if (!current) throw notFound("Member");
    const known = new Set(found.map((row) => row.id));
    const unknown = named.filter((sub) => !known.has(sub));
    if (unknown.length > 0) {
      throw new ValidationError(
        unknown.map((sub) => ({
          loc: ["body", "subaccount_ids"],
          msg: `${sub} is no sub-account of this tenant`,
          type: "unknown_subaccount",
        })),
      );
    }
    const grants = ids.includes(ALL_SUBACCOUNTS) ? [ALL_SUBACCOUNTS] : named;
    const updated = await updateOwned(
      db,
      actorOf(c),
      members,
      { tenantId, id },
      { subaccountGrants: grants, updatedAt: nowIso() },
      {
        action: "member.updated",
        targetType: "member",
        changes: { subaccount_ids: { from: current.subaccountGrants ?? [], to: grants } },
      },
    );
    if (!updated) throw new ApiError(409, "conflict", "Changed concurrently; try again");
    return c.json({ member_id: id, subaccount_ids: grants });
  },
);
