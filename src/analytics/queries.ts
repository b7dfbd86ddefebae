import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { callRollupDays, callRollups, type ROLLUP_DIMENSIONS } from "../db/schema";
import { SLOTS_PER_DAY } from "./packing";

export type Dimension = (typeof ROLLUP_DIMENSIONS)[number];

/** A bucket as rollup slots: from the first, up to but not including the second. */
export type SlotRange = [number, number];

/** One group's counters in one bucket (by its index), summed over the bucket's slots. */
export type BucketTotals = {
  bucket: number;
  groupKey: string;
  calls: number;
  completedCalls: number;
  totalDurationSeconds: number;
  maxDurationSeconds: number;
};

type Summed = [groupKey: string, calls: number, completed: number, total: number, max: number];

const r = callRollups;
const d = callRollupDays;
const perDay = sql.raw(String(SLOTS_PER_DAY));
const from = sql`(b.value ->> 0)`;
const to = sql`(b.value ->> 1)`;

/**
 * The rollups of `dimension` summed per bucket and group, in one statement however many buckets:
 * the buckets are one JSON parameter, and for each, a correlated subquery sums by group its range
 * of the slot rows' primary key (tenant, dimension, slot) and of the packed days' (tenant,
 * dimension, day), the packed slots inside the range, as a JSON array. Grouping per bucket sorts
 * a bucket's few rows; one `GROUP BY bucket, group` over a join would sort every row of the
 * range, twice the time for a year of days. Inside the hot window no day is packed, and its
 * range of packed days is empty.
 */
export function bucketTotalsQuery(
  db: Db,
  tenantId: string,
  dimension: Dimension,
  buckets: SlotRange[],
) {
  const slotRows = sql`SELECT ${r.groupKey} AS group_key, ${r.calls} AS calls,
      ${r.completedCalls} AS completed, ${r.totalDurationSeconds} AS total,
      ${r.maxDurationSeconds} AS longest
    FROM ${r} WHERE ${r.tenantId} = ${tenantId} AND ${r.dimension} = ${dimension}
      AND ${r.slot} >= ${from} AND ${r.slot} < ${to}`;
  const slotOfPacked = sql`(${d.day} * ${perDay} + (s.value ->> 0))`;
  const packedSlots = sql`SELECT ${d.groupKey}, s.value ->> 1, s.value ->> 2, s.value ->> 3,
      s.value ->> 4
    FROM ${d}, json_each(${d.slots}) AS s
    WHERE ${d.tenantId} = ${tenantId} AND ${d.dimension} = ${dimension}
      AND ${d.day} >= ${from} / ${perDay} AND ${d.day} <= (${to} - 1) / ${perDay}
      AND ${slotOfPacked} >= ${from} AND ${slotOfPacked} < ${to}`;
  const perGroup = sql`(SELECT group_key, sum(calls) AS calls, sum(completed) AS completed,
      sum(total) AS total, max(longest) AS longest
    FROM (${slotRows} UNION ALL ${packedSlots}) GROUP BY group_key) AS g`;
  return db
    .select({
      bucket: sql<number>`b.key`,
      groups: sql<string>`(SELECT json_group_array(json_array(g.group_key, g.calls, g.completed,
        g.total, g.longest)) FROM ${perGroup})`,
    })
    .from(sql`json_each(${JSON.stringify(buckets)}) AS b`);
}

/** `bucketTotalsQuery`'s answer, a row per bucket and group; a bucket without rollups has none. */
export async function bucketTotals(
  db: Db,
  tenantId: string,
  dimension: Dimension,
  buckets: SlotRange[],
): Promise<BucketTotals[]> {
  const rows = await bucketTotalsQuery(db, tenantId, dimension, buckets);
  return rows.flatMap(({ bucket, groups }) =>
    (JSON.parse(groups) as Summed[]).map(([groupKey, calls, completed, total, max]) => ({
      bucket,
      groupKey,
      calls,
      completedCalls: completed,
      totalDurationSeconds: total,
      maxDurationSeconds: max,
    })),
  );
}
