import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { callRollups, type ROLLUP_DIMENSIONS } from "../db/schema";

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

/**
 * The rollups of `dimension` summed per bucket and group, in one statement however many buckets:
 * the buckets are one JSON parameter, and for each, a correlated subquery sums its range of the
 * primary key (tenant, dimension, slot) by group, as a JSON array. Grouping per bucket sorts a
 * bucket's few rows; one `GROUP BY bucket, group` over a join would sort every row of the range,
 * twice the time for a year of days.
 */
export function bucketTotalsQuery(
  db: Db,
  tenantId: string,
  dimension: Dimension,
  buckets: SlotRange[],
) {
  const perGroup = db
    .select({
      groupKey: r.groupKey,
      calls: sql`sum(${r.calls})`.as("calls"),
      completed: sql`sum(${r.completedCalls})`.as("completed"),
      total: sql`sum(${r.totalDurationSeconds})`.as("total"),
      longest: sql`max(${r.maxDurationSeconds})`.as("longest"),
    })
    .from(r)
    .where(
      and(
        eq(r.tenantId, tenantId),
        eq(r.dimension, dimension),
        sql`${r.slot} >= b.value ->> 0`,
        sql`${r.slot} < b.value ->> 1`,
      ),
    )
    .groupBy(r.groupKey)
    .as("g");
  return db
    .select({
      bucket: sql<number>`b.key`,
      groups: sql<string>`(SELECT json_group_array(json_array(${perGroup.groupKey}, ${perGroup.calls},
        ${perGroup.completed}, ${perGroup.total}, ${perGroup.longest})) FROM ${perGroup})`,
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
