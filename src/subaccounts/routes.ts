import { eq } from "drizzle-orm";
import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import { hashPassword, passwordIterations } from "../auth/password";
import { completeSignup, discardCellTenant, releaseSignup } from "../auth/queries";
import { SignupRequest } from "../auth/schemas";
import { emailTaken } from "../auth/signup";
import { pendingEntry } from "../cells/directory";
import { servedHere, TenantNotInCell } from "../cells/routing";
import { tenantDirectory, users } from "../db/control-schema";
import { isUniqueViolation } from "../db/errors";
import type { TenantRow } from "../db/schema";
import type { AppEnv } from "../env";
import {
  ApiError,
  notFound,
  tenantDeleting,
  tenantDeletionScheduled,
  tenantMoving,
  ValidationError,
} from "../errors";
import { newId, nowIso } from "../lib/ids";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { PLANS } from "../tenants/plans";
import { findTenant } from "../tenants/queries";
import { Tenant, toTenant } from "../tenants/schemas";
import {
  countSubaccounts,
  createSubaccountInCell,
  detachInCell,
  findSubaccount,
  listSubaccounts,
} from "./queries";

const SubaccountParam = z.object({
  tenant_id: z.string().min(1).max(64),
  sub_id: z.string().min(1).max(64),
});

const Detach = SignupRequest.pick({ email: true, password: true })
  .describe("The owner the sub-account gets: an account made now, whose id is the tenant's")
  .meta({ id: "SubaccountDetach" });

const SubaccountCreate = z
  .strictObject({
    name: z.string().min(1).max(255),
    max_concurrent_calls: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe("At most the parent's; the parent's by default"),
    monthly_call_limit: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("At most the parent's; the parent's by default"),
  })
  .meta({ id: "SubaccountCreate" });

/** Why `parent` may not own one more sub-account now, if it may not. */
async function subaccountRefusal(parent: TenantRow, owned: () => Promise<number>) {
  if (parent.parentId !== null) {
    return new ApiError(403, "subaccount_nesting", "A sub-account cannot own sub-accounts");
  }
  const allowed = PLANS[parent.billingPlan].subaccounts;
  if (allowed === 0) {
    return new ApiError(
      403,
      "subaccounts_not_in_plan",
      `The ${parent.billingPlan} plan has no sub-accounts; business and enterprise have`,
    );
  }
  if ((await owned()) >= allowed) {
    return new ApiError(
      403,
      "subaccount_quota_reached",
      `The ${parent.billingPlan} plan allows ${allowed} sub-accounts, all in use`,
    );
  }
  return undefined;
}

/** A sub-account's limits are carved from its parent's: never above them. */
function limitsAboveParent(parent: TenantRow, limits: { max: number; monthly: number }) {
  const issues = [];
  if (limits.max > parent.maxConcurrentCalls) {
    issues.push({
      loc: ["body", "max_concurrent_calls"],
      msg: `max_concurrent_calls ${limits.max} exceeds the parent's ${parent.maxConcurrentCalls}`,
      type: "above_parent_limit",
    });
  }
  if (limits.monthly > parent.monthlyCallLimit) {
    issues.push({
      loc: ["body", "monthly_call_limit"],
      msg: `monthly_call_limit ${limits.monthly} exceeds the parent's ${parent.monthlyCallLimit}`,
      type: "above_parent_limit",
    });
  }
  return issues;
}

/** Mounted at `/v1/tenants/{tenant_id}/subaccounts`: the tenants this one runs as their parent. */
export const subaccountRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags: ["Sub-accounts"],
      summary: "List sub-accounts",
      description: "The tenant's sub-accounts, newest first.",
      responses: { 200: { description: "A page of sub-accounts", schema: pageOf(Tenant) } },
    }),
    queryParams(PageQuery),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listSubaccounts(c.get("db"), c.get("tenant").id, query);
      return c.json(toPage(rows, query.limit, toTenant));
    },
  )
  .post(
    "/",
    describeRoute({
      tags: ["Sub-accounts"],
      summary: "Create a sub-account",
      role: "admin",
      description:
        "A tenant of its own (its settings, resources, audit trail, export and deletion) run by " +
        "this one as its parent, in the parent's cell and on its plan. Its limits are carved from " +
        "the parent's (422 `above_parent_limit`), and the parent's limits cap the whole family: " +
        "a call start anywhere in it is refused once the parent's pool is full. Business and " +
        "enterprise plans only (403 `subaccounts_not_in_plan`), as many as the plan allows " +
        "(403 `subaccount_quota_reached`); a sub-account owns none (403 `subaccount_nesting`). " +
        "An inactive tenant makes none (409 `tenant_inactive`).",
      errors: [
        "subaccounts_not_in_plan",
        "subaccount_quota_reached",
        "subaccount_nesting",
        "tenant_inactive",
        "conflict",
      ],
      responses: { 201: { description: "Created", schema: Tenant, headers: ["Location"] } },
    }),
    noQueryParams(),
    jsonBody(SubaccountCreate),
    async (c) => {
      const body = c.req.valid("json");
      const parent = c.get("tenant");
      const db = c.get("db");
      const refused = await subaccountRefusal(parent, () => countSubaccounts(db, parent.id));
      if (refused) throw refused;
      const sub = {
        id: newId(),
        name: body.name,
        maxConcurrentCalls: body.max_concurrent_calls ?? parent.maxConcurrentCalls,
        monthlyCallLimit: body.monthly_call_limit ?? parent.monthlyCallLimit,
      };
      const issues = limitsAboveParent(parent, {
        max: sub.maxConcurrentCalls,
        monthly: sub.monthlyCallLimit,
      });
      if (issues.length > 0) throw new ValidationError(issues);
      // As a signup: the directory entry pending, the tenant in the cell, the entry active; a
      // crash in between is finished or undone by the signup sweep.
      const control = c.get("control");
      await control.insert(tenantDirectory).values(pendingEntry(sub.id, c.get("cell")));
      let created: TenantRow | undefined;
      try {
        created = await createSubaccountInCell(db, actorOf(c), parent, sub);
      } catch (error) {
        await releaseSignup(control, sub.id).catch(() => undefined);
        throw error;
      }
      if (!created) {
        await releaseSignup(control, sub.id);
        // Why: the parent's state now, as the other routes answer it, then the plan's rules.
        const fresh = await findTenant(db, parent.id);
        if (!fresh || !servedHere(fresh.status)) throw new TenantNotInCell(parent.id);
        if (fresh.status === "deleting") throw tenantDeleting(parent.id);
        if (fresh.status === "moving") throw tenantMoving();
        if (fresh.status === "deletion_scheduled") throw tenantDeletionScheduled(parent.id);
        if (fresh.status === "inactive") {
          throw new ApiError(
            409,
            "tenant_inactive",
            "The tenant is inactive: it makes no sub-accounts",
          );
        }
        throw (
          (await subaccountRefusal(fresh, () => countSubaccounts(db, parent.id))) ??
          new ApiError(409, "conflict", "The parent changed meanwhile; try again")
        );
      }
      if (!(await completeSignup(control, sub.id))) {
        await discardCellTenant(db, sub.id);
        throw new ApiError(409, "conflict", "The creation took too long and was undone; try again");
      }
      c.header("Location", `/v1/tenants/${sub.id}`);
      return c.json(toTenant(created), 201);
    },
  )
  .post(
    "/:sub_id/detach",
    describeRoute({
      tags: ["Sub-accounts"],
      summary: "Detach a sub-account",
      role: "owner",
      description:
        "The sub-account becomes a tenant of its own, keeping everything it owns, with the " +
        "owner named here: an account made for it (its id is the tenant's), who logs in with " +
        "this email and password. Its limits stop counting against the parent's pool at once. " +
        "409 `email_taken` when the email has an account already.",
      errors: ["email_taken", "conflict"],
      responses: { 200: { description: "The tenant, on its own", schema: Tenant } },
    }),
    pathParams(SubaccountParam),
    noQueryParams(),
    jsonBody(Detach),
    async (c) => {
      const { sub_id: subId } = c.req.valid("param");
      const { email, password } = c.req.valid("json");
      const db = c.get("db");
      const parent = c.get("tenant");
      const sub = await findSubaccount(db, parent.id, subId);
      if (!sub) throw notFound("Sub-account");
      // The owner's account first, in the control plane (its email unique there); undone if the
      // cell refuses: the account is no one's until the cell names it the owner.
      const control = c.get("control");
      try {
        await control.insert(users).values({
          id: sub.id,
          email,
          passwordHash: await hashPassword(password, passwordIterations(c.env)),
          role: "owner",
          tenantId: sub.id,
          createdAt: nowIso(),
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      const undo = () => control.delete(users).where(eq(users.id, sub.id));
      let detached: boolean;
      try {
        detached = await detachInCell(db, actorOf(c), sub, parent.id, email);
      } catch (error) {
        await undo().catch(() => undefined);
        throw error;
      }
      if (!detached) {
        await undo();
        throw new ApiError(409, "conflict", "The sub-account changed meanwhile; try again");
      }
      return c.json(toTenant({ ...sub, parentId: null, version: sub.version + 1 }));
    },
  );
