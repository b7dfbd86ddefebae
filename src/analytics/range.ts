import { ValidationError } from "../errors";
import { type Boundary, bucketBoundaries, firstInstantAt } from "./buckets";
import { DAY, type Interval, MAX_SPAN } from "./calendar";
import type { SlotRange } from "./queries";
import { SLOT_MS } from "./rollups";
import type { CallAnalyticsQuery } from "./schemas";
import { type Offsets, offsetsOf, zoneName } from "./time-zone";

const DEFAULT_SPAN_MS = 30 * DAY;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The buckets a query covers, in its zone: `boundaries[i]` to `boundaries[i + 1]` is bucket i. */
export type BucketRange = {
  interval: Interval;
  timezone: string;
  boundaries: Boundary[];
};

/** A date-time as its instant; a plain date as the first instant of that day in the zone. */
function instantOf(value: string, offsets: Offsets): number {
  const date = PLAIN_DATE.exec(value);
  if (!date) return Date.parse(value);
  const [, year, month, day] = date.map(Number) as [number, number, number, number];
  return firstInstantAt(offsets, Date.UTC(year, month - 1, day)).at;
}

const refused = (where: string, msg: string, type: string) =>
  new ValidationError([{ loc: ["query", where], msg, type }]);

/**
 * The range a query asks for, widened to whole buckets of its interval in its time zone.
 * Refused (422) when `from` is not before `to`, or when the range is longer than the interval
 * allows.
 */
export function bucketRange(query: CallAnalyticsQuery, now: Date): BucketRange {
  const offsets = offsetsOf(query.timezone);
  const to = query.to === undefined ? now.getTime() : instantOf(query.to, offsets);
  const from = query.from === undefined ? to - DEFAULT_SPAN_MS : instantOf(query.from, offsets);
  if (from >= to) {
    throw refused("from", "from must be before to", "analytics_range_empty");
  }
  const boundaries = bucketBoundaries(offsets, query.interval, from, to);
  if (!boundaries) {
    throw refused(
      query.to === undefined ? "from" : "to",
      `interval=${query.interval} spans at most ${MAX_SPAN[query.interval].words}, in whole buckets`,
      "analytics_range_too_long",
    );
  }
  return { interval: query.interval, timezone: zoneName(query.timezone), boundaries };
}

/**
 * Each bucket as the rollup slots it spans. A bucket boundary falls on a slot boundary wherever
 * the zone's offset is a whole number of quarter hours; elsewhere (before 1979, in two zones)
 * the slot it cuts counts in the later bucket.
 */
export const bucketSlots = ({ boundaries }: BucketRange): SlotRange[] =>
  boundaries
    .slice(1)
    .map((end, i) => [
      Math.floor((boundaries[i] as Boundary).at / SLOT_MS),
      Math.floor(end.at / SLOT_MS),
    ]);
