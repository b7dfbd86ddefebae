import * as z from "zod";
import { USAGE_METRICS, type UsageAlertRow } from "../db/schema";
import type { ValidationIssue } from "../errors";
import { Timestamp } from "../openapi/common";
import { ownedFieldsOf, ownedResponseFields } from "../resources/fields";
import { hasLimit } from "./metrics";

/** At most this many alerts a tenant: each write that changes a metric reads them all. */
export const MAX_USAGE_ALERTS = 25;

const Metric = z
  .enum(USAGE_METRICS)
  .describe(
    "`calls_this_month` (against `monthly_call_limit`), `active_calls` (against " +
      "`max_concurrent_calls`), `recordings_bytes` (no limit: `threshold` only), `files_bytes` " +
      "and `files` (against the plan's quotas)",
  );
const Threshold = z
  .number()
  .int()
  .min(1)
  .max(Number.MAX_SAFE_INTEGER)
  .describe("The metric's value that reaches the alert");
const ThresholdPercent = z
  .number()
  .int()
  .min(1)
  .max(100)
  .describe("A percentage of the metric's limit, rounded up to a whole value (80 % of 5 is 4)");
const Recurring = z
  .boolean()
  .describe(
    "true: reached again each UTC calendar month; false: once, until its threshold changes",
  );

/** The alert's threshold, whichever way it is given: exactly one of the two. */
type Thresholds = { metric: string; threshold?: number | null; threshold_percent?: number | null };

/** Why a threshold is refused (a 422 at the field), or none. */
export function thresholdIssues(alert: Thresholds): ValidationIssue[] {
  const given = [alert.threshold, alert.threshold_percent].filter((v) => v != null).length;
  if (given !== 1) {
    return [
      {
        loc: ["body", "threshold"],
        msg: "Give exactly one of threshold and threshold_percent",
        type: "threshold_required",
      },
    ];
  }
  if (alert.threshold_percent != null && !hasLimit(alert.metric as never)) {
    return [
      {
        loc: ["body", "threshold_percent"],
        msg: `${alert.metric} has no limit: give an absolute threshold`,
        type: "metric_without_limit",
      },
    ];
  }
  return [];
}

const ABOUT_THRESHOLDS =
  "Exactly one of `threshold` and `threshold_percent` (a 422 otherwise); a percentage needs a " +
  "metric with a limit.";

export const UsageAlertCreate = z
  .strictObject({
    metric: Metric,
    threshold: Threshold.optional(),
    threshold_percent: ThresholdPercent.optional(),
    recurring: Recurring.default(true),
  })
  .describe(ABOUT_THRESHOLDS)
  .meta({ id: "UsageAlertCreate" });

export const UsageAlertUpdate = z
  .strictObject({
    metric: Metric,
    threshold: Threshold,
    threshold_percent: ThresholdPercent,
    recurring: Recurring,
  })
  .partial()
  .describe(
    "Only the fields sent change. Sending `threshold` replaces a `threshold_percent` and the " +
      "other way round (one of them, not both). A new metric or threshold arms the alert again.",
  )
  .meta({ id: "UsageAlertUpdate" });

export const UsageAlert = z
  .object({
    ...ownedResponseFields,
    metric: z.enum(USAGE_METRICS),
    threshold: z.number().int().nullable(),
    threshold_percent: z.number().int().nullable(),
    recurring: z.boolean(),
    reached_period: z
      .string()
      .nullable()
      .describe("The UTC calendar month (`YYYY-MM`) it was last reached in; null: not yet"),
    reached_at: Timestamp.nullable(),
    reached_value: z.number().int().nullable().describe("The metric's value when last reached"),
  })
  .meta({ id: "UsageAlert" });

export type UsageAlertBody = z.infer<typeof UsageAlert>;

export const toUsageAlert = (row: UsageAlertRow): UsageAlertBody => ({
  ...ownedFieldsOf(row),
  metric: row.metric,
  threshold: row.threshold,
  threshold_percent: row.thresholdPercent,
  recurring: row.recurring,
  reached_period: row.reachedPeriod,
  reached_at: row.reachedAt,
  reached_value: row.reachedValue,
});

/** The fields an alert's activity entries show. */
export const LOGGED_FIELDS = ["metric", "threshold", "threshold_percent", "recurring"] as const;
