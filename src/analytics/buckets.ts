import { advance, DAY, dayOf, type Interval, latestEnd, truncate } from "./calendar";
import type { Offsets } from "./time-zone";

/** An instant and the zone's offset at it (ms). */
export type Instant = { at: number; offset: number };

/** Where a bucket starts: the instant, the offset there, and the wall time it is the start of. */
export type Boundary = Instant & { wall: number };

/**
 * The instants at which the zone's clock reads `wall`, earliest first: one; two in an hour the
 * clock goes through twice (a DST fall back); none in a gap the clock jumps over, and then
 * `afterGap`, the first instant after the jump.
 */
export function instantsAt(
  offsets: Offsets,
  wall: number,
): { instants: Instant[]; afterGap?: Instant } {
  // Every instant the clock can read `wall` at lies within 14 hours of it. No zone changes its
  // offset twice in three days, so the offsets on either side are the only ones in play; probed
  // at day starts, neighbouring walls share the probes.
  const before = offsets(dayOf(wall) - DAY);
  const after = offsets(dayOf(wall) + 2 * DAY);
  if (before === after) return { instants: [{ at: wall - before, offset: before }] };
  const instants = [...new Set([before, after])]
    .map((offset) => ({ at: wall - offset, offset }))
    .filter((candidate) => offsets(candidate.at) === candidate.offset)
    .sort((a, b) => a.at - b.at);
  if (instants.length > 0) return { instants };
  // The jump lies between the instant that reads `wall` at the later offset (still before it)
  // and the one at the earlier offset (already after it); found to the second.
  let still = wall - after;
  let past = wall - before;
  while (past - still > 1000) {
    const mid = still + Math.floor((past - still) / 2000) * 1000;
    if (offsets(mid) === before) still = mid;
    else past = mid;
  }
  return { instants: [], afterGap: { at: past, offset: offsets(past) } };
}

/** The first instant whose wall time is `wall` or, when the clock jumps over it, just after. */
export function firstInstantAt(offsets: Offsets, wall: number): Instant {
  const { instants, afterGap } = instantsAt(offsets, wall);
  return (instants[0] ?? afterGap) as Instant;
}

/**
 * The starts of consecutive buckets from the bucket of wall time `start` on, endlessly. A
 * repeated hour starts two hour buckets; a bucket whose start the clock jumps over starts at the
 * jump, and one it jumps over entirely does not exist.
 */
export function* boundariesFrom(
  offsets: Offsets,
  interval: Interval,
  start: number,
): Generator<Boundary, never> {
  for (let wall = start; ; wall = advance(interval, wall)) {
    const { instants, afterGap } = instantsAt(offsets, wall);
    for (const instant of instants) yield { ...instant, wall };
    if (afterGap && truncate(interval, afterGap.at + afterGap.offset) === wall) {
      yield { ...afterGap, wall };
    }
  }
}

/**
 * The bucket starts covering [from, to) widened to whole buckets: the first is the start of the
 * bucket `from` is in, the last the end of the bucket just before `to` (so `to` itself when it
 * is a start). Null when the range would end past the interval's longest span.
 */
export function bucketBoundaries(
  offsets: Offsets,
  interval: Interval,
  from: number,
  to: number,
): Boundary[] | null {
  const fromWall = truncate(interval, from + offsets(from));
  // From one bucket earlier: after a fall back, `from` may lie in a bucket begun before its wall.
  const walk = boundariesFrom(offsets, interval, advance(interval, fromWall, -1));
  let floor = walk.next().value;
  let next = walk.next().value;
  while (next.at <= from) {
    floor = next;
    next = walk.next().value;
  }
  const boundaries = [floor];
  const latest = latestEnd(interval, floor.wall);
  for (;;) {
    if (next.wall > latest) return null;
    boundaries.push(next);
    if (next.at >= to) return boundaries;
    next = walk.next().value;
  }
}
