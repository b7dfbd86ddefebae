import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { callRollupDays, callRollups, ROLLUP_DIMENSIONS } from "../db/schema";
import { SLOT_SECONDS } from "./rollups";

/** Slots in a UTC day. */
export const SLOTS_PER_DAY = (24 * 3600) / SLOT_SECONDS;

/** Days one packing step takes at most: a step's rows stay a few thousand per group. */
export const PACK_DAYS_PER_STEP = 7;

const r = callRollups;
const d = callRollupDays;
const column = (table: typeof r | typeof d, name: string) => sql`${table}.${sql.identifier(name)}`;

/** The tenant's oldest slot row before `beforeSlot`, in one statement: a probe of the key a dimension. */
async function oldestSlotBefore(db: Db, tenantId: string, beforeSlot: number) {
  const probes = sql.join(
    ROLLUP_DIMENSIONS.map(
      (dimension) =>
        sql`SELECT (SELECT min(${r.slot}) FROM ${r} WHERE ${r.tenantId} = ${tenantId}
          AND ${r.dimension} = ${dimension} AND ${r.slot} < ${beforeSlot}) AS slot`,
    ),
    sql` UNION ALL `,
  );
  const row = await db.get<{ slot: number | null }>(sql`SELECT min(slot) AS slot FROM (${probes})`);
  return row?.slot ?? undefined;
}

/**
 * A day's packed slots merged with the ones packed before (a late end can add to a day already
 * packed): summed per slot of the day, the longest kept.
 */
const mergedSlots = sql`(SELECT json_group_array(json_array(k, c, cc, t, m)) FROM (
    SELECT k, sum(c) AS c, sum(cc) AS cc, sum(t) AS t, max(m) AS m FROM (
      SELECT s.value ->> 0 AS k, s.value ->> 1 AS c, s.value ->> 2 AS cc, s.value ->> 3 AS t,
        s.value ->> 4 AS m FROM json_each(${column(d, d.slots.name)}) AS s
      UNION ALL
      SELECT s.value ->> 0, s.value ->> 1, s.value ->> 2, s.value ->> 3, s.value ->> 4
        FROM json_each(excluded.${sql.identifier(d.slots.name)}) AS s)
    GROUP BY k))`;

/**
 * Packs the tenant's oldest days of slot rows before the UTC day of `beforeSlot` (at most
 * `PACK_DAYS_PER_STEP` of them) into `call_rollup_days`, and deletes those slot rows, in one
 * batch: the counts are in one table or the other, never both, and a step that dies leaves
 * them where they were. Returns the slot rows packed (0: nothing left to pack).
 */
export async function packRollupDays(db: Db, tenantId: string, beforeSlot: number) {
  const beforeDay = Math.floor(beforeSlot / SLOTS_PER_DAY);
  const oldest = await oldestSlotBefore(db, tenantId, beforeDay * SLOTS_PER_DAY);
  if (oldest === undefined) return 0;
  const from = Math.floor(oldest / SLOTS_PER_DAY) * SLOTS_PER_DAY;
  const to = Math.min(beforeDay * SLOTS_PER_DAY, from + PACK_DAYS_PER_STEP * SLOTS_PER_DAY);
  const range = and(eq(r.tenantId, tenantId), gte(r.slot, from), lt(r.slot, to));
  const perDay = sql.raw(String(SLOTS_PER_DAY));
  const [, deleted] = await db.batch([
    db
      .insert(d)
      .select(
        sql`SELECT ${r.tenantId}, ${r.dimension}, ${r.slot} / ${perDay}, ${r.groupKey},
            json_group_array(json_array(${r.slot} % ${perDay}, ${r.calls}, ${r.completedCalls},
              ${r.totalDurationSeconds}, ${r.maxDurationSeconds}))
          FROM ${r} WHERE ${range}
          GROUP BY ${r.dimension}, ${r.slot} / ${perDay}, ${r.groupKey}`,
      )
      .onConflictDoUpdate({
        target: [d.tenantId, d.dimension, d.day, d.groupKey],
        set: { slots: mergedSlots },
      }),
    db.delete(r).where(range),
  ]);
  return deleted.meta.changes;
}
