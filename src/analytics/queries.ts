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

const bucket = sql<number>`b.key`;

/**
 * The rollups of `dimension` summed per bucket and group, in one statement however many buckets:
 * the buckets are one JSON parameter, and each is a range of the primary key
 * (tenant, dimension, slot). `CROSS JOIN` keeps the buckets outside, so the slot range is an
 * index bound per bucket; the other way round the planner would scan every slot of the
 * dimension. Buckets without rollups have no row.
 */
export const bucketTotals = (
  db: Db,
  tenantId: string,
  dimension: Dimension,
  buckets: SlotRange[],
) =>
  db
    .select({
      bucket,
      groupKey: callRollups.groupKey,
      calls: sql<number>`sum(${callRollups.calls})`,
      completedCalls: sql<number>`sum(${callRollups.completedCalls})`,
      totalDurationSeconds: sql<number>`sum(${callRollups.totalDurationSeconds})`,
      maxDurationSeconds: sql<number>`max(${callRollups.maxDurationSeconds})`,
    })
    .from(sql`json_each(${JSON.stringify(buckets)}) AS b`)
    .crossJoin(callRollups)
    .where(
      and(
        eq(callRollups.tenantId, tenantId),
        eq(callRollups.dimension, dimension),
        sql`${callRollups.slot} >= b.value ->> 0`,
        sql`${callRollups.slot} < b.value ->> 1`,
      ),
    )
    .groupBy(bucket, callRollups.groupKey);
