import type { BucketTotals } from "./queries";
import type { BucketRange } from "./range";
import type { CallAnalytics, CallBucket, GroupBy } from "./schemas";
import { isoWithOffset } from "./time-zone";

type Metrics = CallAnalytics["totals"];

/** Groups every bucket lists although no call of the range had them. */
const ALWAYS: Partial<Record<GroupBy, string[]>> = { direction: ["inbound", "outbound"] };

const round2 = (value: number) => Math.round(value * 100) / 100;

function metricsOf(sum: Omit<Metrics, "average_duration_seconds">): Metrics {
  return {
    calls: sum.calls,
    completed_calls: sum.completed_calls,
    total_duration_seconds: sum.total_duration_seconds,
    average_duration_seconds:
      sum.completed_calls > 0 ? round2(sum.total_duration_seconds / sum.completed_calls) : 0,
    max_duration_seconds: sum.max_duration_seconds,
  };
}

const ZERO = { calls: 0, completed_calls: 0, total_duration_seconds: 0, max_duration_seconds: 0 };

/**
 * The groups to list in every bucket: those with calls in the range, those always listed, and
 * with none of either, the null value's alone. `''` (the null value) first, then by key.
 */
function groupsOf(groupBy: GroupBy | undefined, rows: BucketTotals[]): string[] {
  const calls = new Map<string, number>();
  for (const row of rows) calls.set(row.groupKey, (calls.get(row.groupKey) ?? 0) + row.calls);
  const seen = [...calls].filter(([, n]) => n > 0).map(([key]) => key);
  const groups = new Set([...seen, ...((groupBy && ALWAYS[groupBy]) ?? [])]);
  if (groups.size === 0) groups.add("");
  return [...groups].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The answer to a query over `range`, from its rollups summed per bucket and group: every
 * bucket of the range, each with every group, zeros where nothing happened.
 */
export function analyticsAnswer(
  range: BucketRange,
  groupBy: GroupBy | undefined,
  rows: BucketTotals[],
): CallAnalytics {
  const byKey = new Map(rows.map((row) => [`${row.bucket}\u0000${row.groupKey}`, row]));
  const groups = groupsOf(groupBy, rows);
  const { boundaries } = range;
  const buckets: CallBucket[] = [];
  const sum = { ...ZERO };
  for (let i = 0; i < boundaries.length - 1; i++) {
    const boundary = boundaries[i] as (typeof boundaries)[number];
    const start = isoWithOffset(boundary.at, boundary.offset);
    for (const key of groups) {
      const row = byKey.get(`${i}\u0000${key}`);
      const counted = row
        ? {
            calls: row.calls,
            completed_calls: row.completedCalls,
            total_duration_seconds: row.totalDurationSeconds,
            max_duration_seconds: row.maxDurationSeconds,
          }
        : ZERO;
      sum.calls += counted.calls;
      sum.completed_calls += counted.completed_calls;
      sum.total_duration_seconds += counted.total_duration_seconds;
      sum.max_duration_seconds = Math.max(sum.max_duration_seconds, counted.max_duration_seconds);
      const group = groupBy
        ? ({ [groupBy]: key === "" ? null : key } as CallBucket["group"])
        : null;
      buckets.push({ start, group, ...metricsOf(counted) });
    }
  }
  const first = boundaries[0] as (typeof boundaries)[number];
  const last = boundaries.at(-1) as (typeof boundaries)[number];
  return {
    interval: range.interval,
    from: isoWithOffset(first.at, first.offset),
    to: isoWithOffset(last.at, last.offset),
    timezone: range.timezone,
    group_by: groupBy ?? null,
    buckets,
    totals: metricsOf(sum),
  };
}
