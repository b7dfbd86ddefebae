import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { callMonths, calls, files, tenants, type UsageMetric } from "../db/schema";
import { BILLING_PLANS, type BillingPlan, type Quotas, quotasOf } from "../tenants/plans";

/**
 * What each metric counts and the limit it counts against, in SQL, for the statement that decides
 * a crossing in the batch of the write that changes the metric (src/usage-alerts/crossings.ts).
 * `tenantId` and `periodStart` are SQL too (placeholders of a statement compiled once). The values
 * are read as `GET …/usage` reads them, so an alert and the usage answer never disagree.
 */
type MetricSql = { tenantId: SQL; periodStart: SQL };

const ofTenant = (column: SQLiteColumn) => sql`${column.table}.${sql.identifier(column.name)}`;

/** The tenant's own setting, read off its row. */
const setting = (column: SQLiteColumn) => (at: MetricSql) =>
  sql`(SELECT ${ofTenant(column)} FROM ${tenants} WHERE ${ofTenant(tenants.id)} = ${at.tenantId})`;

/** A quota of the tenant's plan: the catalog's numbers, chosen by the plan on its row. */
const quota = (name: keyof Quotas) => (at: MetricSql) => {
  const byPlan = BILLING_PLANS.map(
    (plan: BillingPlan) =>
      sql`WHEN ${sql.raw(`'${plan}'`)} THEN ${sql.raw(String(quotasOf(plan)[name]))}`,
  );
  return sql`(SELECT CASE ${ofTenant(tenants.billingPlan)} ${sql.join(byPlan, sql` `)} END
    FROM ${tenants} WHERE ${ofTenant(tenants.id)} = ${at.tenantId})`;
};

type Metric = {
  value: (at: MetricSql) => SQL;
  /** Null: the metric has no limit, so an alert on it takes an absolute `threshold` only. */
  limit: ((at: MetricSql) => SQL) | null;
};

const filesOf = (at: MetricSql) =>
  sql`FROM ${files} WHERE ${ofTenant(files.tenantId)} = ${at.tenantId}`;

export const METRICS: Record<UsageMetric, Metric> = {
  calls_this_month: {
    value: (at) => sql`coalesce((SELECT ${ofTenant(callMonths.calls)} FROM ${callMonths}
      WHERE ${ofTenant(callMonths.tenantId)} = ${at.tenantId}
        AND ${ofTenant(callMonths.month)} = substr(${at.periodStart}, 1, 7)), 0)`,
    limit: setting(tenants.monthlyCallLimit),
  },
  active_calls: {
    value: (at) => sql`(SELECT count(*) FROM ${calls}
      WHERE ${ofTenant(calls.tenantId)} = ${at.tenantId} AND ${ofTenant(calls.status)} = 'active')`,
    limit: setting(tenants.maxConcurrentCalls),
  },
  recordings_bytes: {
    value: (at) => sql`(SELECT coalesce(sum(${ofTenant(calls.recordingSize)}), 0) FROM ${calls}
      WHERE ${ofTenant(calls.tenantId)} = ${at.tenantId} AND ${ofTenant(calls.recordingKey)} IS NOT NULL)`,
    limit: null,
  },
  files_bytes: {
    value: (at) => sql`(SELECT coalesce(sum(${ofTenant(files.size)}), 0) ${filesOf(at)})`,
    limit: quota("fileBytes"),
  },
  files: {
    value: (at) => sql`(SELECT count(*) ${filesOf(at)})`,
    limit: quota("files"),
  },
};

/** The metrics an alert may take a `threshold_percent` on: those with a limit. */
export const hasLimit = (metric: UsageMetric) => METRICS[metric].limit !== null;
