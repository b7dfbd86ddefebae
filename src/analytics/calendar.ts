/**
 * Calendar arithmetic on wall times (a local clock's reading written as if it were UTC, in ms):
 * where an hour, a day or a month begins, and the one after. Wall time has no DST, so a day is
 * always 24 hours here; the time zone comes in only where a wall time becomes an instant.
 */

export const INTERVALS = ["hour", "day", "month"] as const;
export type Interval = (typeof INTERVALS)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The start of the interval `wall` falls in. */
export function truncate(interval: Interval, wall: number): number {
  if (interval === "hour") return Math.floor(wall / HOUR_MS) * HOUR_MS;
  if (interval === "day") return Math.floor(wall / DAY_MS) * DAY_MS;
  const date = new Date(wall);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** The start of the interval after the one starting at `start`, `count` of them on. */
export function advance(interval: Interval, start: number, count = 1): number {
  if (interval === "hour") return start + count * HOUR_MS;
  if (interval === "day") return start + count * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1);
}

/** The start of the day `wall` falls in. */
export const dayOf = (wall: number) => truncate("day", wall);

export const DAY = DAY_MS;

/** The longest range each interval answers, in its own units and in words. */
export const MAX_SPAN: Record<Interval, { units: Interval; count: number; words: string }> = {
  hour: { units: "day", count: 31, words: "31 days" },
  day: { units: "day", count: 400, words: "400 days" },
  month: { units: "month", count: 120, words: "10 years (120 months)" },
};

/** The latest wall time a range of `interval` buckets starting at `start` may end at. */
export const latestEnd = (interval: Interval, start: number) =>
  advance(MAX_SPAN[interval].units, start, MAX_SPAN[interval].count);
