/**
 * IANA time zones through `Intl.DateTimeFormat`: the offset from UTC at an instant, and an
 * instant written with it. Times are milliseconds since the epoch; a "wall" time is the local
 * clock's reading written as if it were UTC, so calendar arithmetic on it has no DST.
 */

// An IANA name (`Asia/Kolkata`, `UTC`, `Etc/GMT+5`): never a bare offset such as `+05:30`,
// which Intl would take too.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const CLOCK = {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
} as const satisfies Intl.DateTimeFormatOptions;

// One formatter a zone for the isolate's life: building one costs far more than using it. Keyed
// by the name in lower case, as Intl reads it, and only for names Intl knows, so the cache is
// bounded by the zone database whatever names requests send.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  const key = zone.toLowerCase();
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    if (!ZONE_NAME.test(zone)) return null;
    try {
      formatter = new Intl.DateTimeFormat("en-US", { ...CLOCK, timeZone: zone });
    } catch {
      return null;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

export const isTimeZone = (zone: string) => formatterOf(zone) !== null;

/** The zone's own spelling of `zone` (`asia/kolkata` → `Asia/Kolkata`), else `zone` as given. */
export function zoneName(zone: string): string {
  const resolved = formatterOf(zone)?.resolvedOptions().timeZone;
  return resolved && resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

const MINUTE_MS = 60_000;

// "3/10/2024, 01:00:00": `format` is several times faster than `formatToParts`.
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** The zone's clock at `instant` as a wall time, to the second. */
function wallAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const match = FORMATTED.exec(formatter.format(instant));
  const [month, day, year, hour, minute, second] = match
    ? match.slice(1).map(Number)
    : ["month", "day", "year", "hour", "minute", "second"].map((type) =>
        Number(formatter.formatToParts(instant).find((part) => part.type === type)?.value),
      );
  return Date.UTC(
    year as number,
    (month as number) - 1,
    day as number,
    hour as number,
    minute as number,
    second as number,
  );
}

/** A zone's offsets, each instant asked of Intl once. */
export type Offsets = (instant: number) => number;

/** The offset function of `zone` (wall − UTC, in ms), memoized for one computation. */
export function offsetsOf(zone: string): Offsets {
  const formatter = formatterOf(zone);
  if (!formatter) throw new RangeError(`unknown time zone ${zone}`);
  const seen = new Map<number, number>();
  return (instant) => {
    let offset = seen.get(instant);
    if (offset === undefined) {
      const second = Math.floor(instant / 1000) * 1000;
      offset = wallAt(formatter, second) - second;
      seen.set(instant, offset);
    }
    return offset;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `instant` as ISO-8601 with `offset` (ms): `2024-03-10T01:00:00-05:00`, or `…Z` at zero. */
export function isoWithOffset(instant: number, offset: number): string {
  const wall = new Date(instant + offset).toISOString().slice(0, 19);
  if (offset === 0) return `${wall}Z`;
  const minutes = Math.abs(offset) / MINUTE_MS;
  const seconds = Math.round((minutes % 1) * 60);
  return (
    `${wall}${offset < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(Math.floor(minutes % 60))}` +
    (seconds ? `:${pad(seconds)}` : "")
  );
}
