import { and, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { qualified } from "../db/qualified";
import { type TenantRow, tenants } from "../db/schema";
import type { ValidationIssue } from "../errors";
import { PLANS } from "../tenants/plans";

/** The limits and plan a tenant would have after a change. */
export type FamilyLimits = Pick<
  TenantRow,
  "billingPlan" | "maxConcurrentCalls" | "monthlyCallLimit"
>;

const tenantsId = qualified(tenants.id);
const tenantsParentId = qualified(tenants.parentId);

/**
 * The family's rules, in the update's own statement (so a parent and a sub-account changed at once
 * cannot both pass): a sub-account's limits stay within its parent's; a parent's stay at least
 * its sub-accounts', and its plan keeps room for them.
 */
export const familyLimitsHold = (after: FamilyLimits): SQL =>
  sql`(${tenantsParentId} IS NULL OR EXISTS (SELECT 1 FROM ${tenants} AS parent
      WHERE parent.id = ${tenantsParentId}
        AND parent.max_concurrent_calls >= ${after.maxConcurrentCalls}
        AND parent.monthly_call_limit >= ${after.monthlyCallLimit}))
    AND NOT EXISTS (SELECT 1 FROM ${tenants} AS kin WHERE kin.parent_id = ${tenantsId}
      AND (kin.max_concurrent_calls > ${after.maxConcurrentCalls}
        OR kin.monthly_call_limit > ${after.monthlyCallLimit}))
    AND (SELECT count(*) FROM ${tenants} AS kin WHERE kin.parent_id = ${tenantsId})
      <= ${PLANS[after.billingPlan].subaccounts}`;

const MAX_NAMED = 20;

/**
 * Why a change broke the family's rules, read after its guarded write was refused: the parent's
 * limits a sub-account's would exceed, or the sub-accounts (by id and name) a parent's would fall
 * below, or that its plan has no room for them. Empty when the rules hold (another change won).
 */
export async function familyLimitIssues(
  db: Db,
  tenant: TenantRow,
  after: FamilyLimits,
): Promise<ValidationIssue[]> {
  const [[parent], above, [owned]] = await db.batch([
    db
      .select()
      .from(tenants)
      .where(eq(tenants.id, tenant.parentId ?? "")),
    db
      .select({
        id: tenants.id,
        name: tenants.name,
        max: tenants.maxConcurrentCalls,
        monthly: tenants.monthlyCallLimit,
      })
      .from(tenants)
      .where(
        and(
          eq(tenants.parentId, tenant.id),
          or(
            gt(tenants.maxConcurrentCalls, after.maxConcurrentCalls),
            gt(tenants.monthlyCallLimit, after.monthlyCallLimit),
          ),
        ),
      )
      .limit(MAX_NAMED),
    db.select({ n: sql<number>`count(*)` }).from(tenants).where(eq(tenants.parentId, tenant.id)),
  ]);
  const issues: ValidationIssue[] = [];
  for (const [field, mine, theirs] of [
    ["max_concurrent_calls", after.maxConcurrentCalls, parent?.maxConcurrentCalls],
    ["monthly_call_limit", after.monthlyCallLimit, parent?.monthlyCallLimit],
  ] as const) {
    if (theirs !== undefined && mine > theirs) {
      issues.push({
        loc: ["body", field],
        msg: `${field} ${mine} exceeds the parent's ${theirs}: a sub-account's limits are carved from its parent's`,
        type: "above_parent_limit",
      });
    }
  }
  for (const [field, mine, key] of [
    ["max_concurrent_calls", after.maxConcurrentCalls, "max"],
    ["monthly_call_limit", after.monthlyCallLimit, "monthly"],
  ] as const) {
    const over = above.filter((sub) => sub[key] > mine);
    if (over.length === 0) continue;
    issues.push({
      loc: ["body", field],
      msg: `${field} ${mine} is below what these sub-accounts were given: ${over
        .map((sub) => `${sub.id} (${sub.name}, ${sub[key]})`)
        .join(", ")}; lower theirs first`,
      type: "below_subaccount_limits",
    });
  }
  const allowed = PLANS[after.billingPlan].subaccounts;
  if ((owned?.n ?? 0) > allowed) {
    issues.push({
      loc: ["body", "billing_plan"],
      msg: `The ${after.billingPlan} plan allows ${allowed} sub-accounts; the tenant owns ${owned?.n}`,
      type: "plan_subaccounts_exceeded",
    });
  }
  return issues;
}
