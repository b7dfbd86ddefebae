import { type Placeholder, type SQL, sql } from "drizzle-orm";
import { qualified } from "../db/qualified";
import { callMonths, calls, tenants } from "../db/schema";

// The family's pool, in SQL over the outer `tenants` row of a call start's statement: the parent's
// limits cap the calls of the parent and all its sub-accounts together. The inner rows are
// aliased, so `tenants` names the outer row throughout.

const tenantsId = qualified(tenants.id);
const tenantsParentId = qualified(tenants.parentId);

/** The row belongs to a family: it is a sub-account, or it has one (one probe of an index). */
const inFamily = sql`(${tenantsParentId} IS NOT NULL OR EXISTS (SELECT 1 FROM ${tenants} AS kin
  WHERE kin.parent_id = ${tenantsId}))`;

/** The ids of the family whose parent is `root.id`: the parent and its sub-accounts. */
const familyIds = sql`SELECT root.id UNION ALL SELECT kin.id FROM ${tenants} AS kin
  WHERE kin.parent_id = root.id`;

const familyActiveCalls = sql`(SELECT count(*) FROM ${calls}
  WHERE ${qualified(calls.status)} = 'active' AND ${qualified(calls.tenantId)} IN (${familyIds}))`;

const familyCallsThisMonth = (
  month: SQL,
) => sql`coalesce((SELECT sum(${qualified(callMonths.calls)})
  FROM ${callMonths} WHERE ${qualified(callMonths.month)} = ${month}
    AND ${qualified(callMonths.tenantId)} IN (${familyIds})), 0)`;

/** The parent's row, as `root`, whatever member of the family the outer row is. */
const rootRow = sql`FROM ${tenants} AS root
  WHERE root.id = coalesce(${tenantsParentId}, ${tenantsId})`;

/** `YYYY-MM` of the billing period's start, the `call_months` key. */
const monthOf = (periodStart: Placeholder | string) => sql`substr(${periodStart}, 1, 7)`;

/**
 * The family admits one more call: a tenant of no family always; in one, while the parent is
 * active and the family's active calls and calls this month are under the parent's limits.
 */
export const familyAdmits = (periodStart: Placeholder | string) => sql`(NOT ${inFamily}
  OR EXISTS (SELECT 1 ${rootRow} AND root.status = 'active'
    AND ${familyActiveCalls} < root.max_concurrent_calls
    AND ${familyCallsThisMonth(monthOf(periodStart))} < root.monthly_call_limit))`;

/** The family's pool as a refusal reads it: JSON, or null for a tenant of no family. */
export const familyPool = (periodStart: Placeholder | string) =>
  sql<string | null>`CASE WHEN ${inFamily} THEN (SELECT json_object('parent_id', root.id,
    'status', root.status, 'active_calls', ${familyActiveCalls},
    'max_concurrent_calls', root.max_concurrent_calls,
    'calls_this_month', ${familyCallsThisMonth(monthOf(periodStart))},
    'monthly_call_limit', root.monthly_call_limit) ${rootRow}) END`;

export type FamilyPool = {
  parent_id: string;
  status: string;
  active_calls: number;
  max_concurrent_calls: number;
  calls_this_month: number;
  monthly_call_limit: number;
};

export const parseFamilyPool = (json: unknown): FamilyPool | null =>
  typeof json === "string" ? (JSON.parse(json) as FamilyPool) : null;
