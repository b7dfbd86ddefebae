import { toCsv } from "../lib/csv";
import type { CallAnalytics } from "./schemas";

const METRICS = [
  "calls",
  "completed_calls",
  "total_duration_seconds",
  "average_duration_seconds",
  "max_duration_seconds",
] as const;

/** The answer's buckets as CSV: `start`, the `group_by` column when there is one, the counters. */
export function analyticsCsv(answer: CallAnalytics): string {
  const groupBy = answer.group_by;
  const header = ["start", ...(groupBy ? [groupBy] : []), ...METRICS];
  const rows = answer.buckets.map((bucket) => [
    bucket.start,
    ...(groupBy ? [(bucket.group as Record<string, string | null>)[groupBy] ?? null] : []),
    ...METRICS.map((metric) => bucket[metric]),
  ]);
  return toCsv(header, rows);
}
