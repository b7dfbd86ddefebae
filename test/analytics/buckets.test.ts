import { describe, expect, it } from "vitest";
import { bucketBoundaries } from "../../src/analytics/buckets";
import type { Interval } from "../../src/analytics/calendar";
import { bucketRange, bucketSlots } from "../../src/analytics/range";
import { CallAnalyticsQuery } from "../../src/analytics/schemas";
import { isoWithOffset, isTimeZone, offsetsOf, zoneName } from "../../src/analytics/time-zone";
import { ValidationError } from "../../src/errors";

/** The bucket starts (and the end) covering [from, to) in `zone`, as the answer writes them. */
function starts(zone: string, interval: Interval, from: string, to: string) {
  const boundaries = bucketBoundaries(offsetsOf(zone), interval, Date.parse(from), Date.parse(to));
  return boundaries?.map((b) => isoWithOffset(b.at, b.offset)) ?? null;
}

const range = (query: Record<string, string>, now = new Date("2024-06-15T12:34:56Z")) =>
  bucketRange(CallAnalyticsQuery.parse(query), now);

const issueOf = (query: Record<string, string>) => {
  try {
    range(query);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return null;
};

describe("bucket boundaries", () => {
  it("widen the range to whole buckets; a `to` on a boundary stays", () => {
    expect(starts("UTC", "day", "2024-03-10T05:30:00Z", "2024-03-12T00:00:00Z")).toEqual([
      "2024-03-10T00:00:00Z",
      "2024-03-11T00:00:00Z",
      "2024-03-12T00:00:00Z",
    ]);
    expect(starts("UTC", "hour", "2024-03-10T05:00:00Z", "2024-03-10T06:00:01Z")).toEqual([
      "2024-03-10T05:00:00Z",
      "2024-03-10T06:00:00Z",
      "2024-03-10T07:00:00Z",
    ]);
  });

  it("skip the hour a DST jump removes (New York, spring)", () => {
    expect(
      starts("America/New_York", "hour", "2024-03-10T05:30:00Z", "2024-03-10T08:10:00Z"),
    ).toEqual([
      "2024-03-10T00:00:00-05:00",
      "2024-03-10T01:00:00-05:00",
      "2024-03-10T03:00:00-04:00",
      "2024-03-10T04:00:00-04:00",
      "2024-03-10T05:00:00-04:00",
    ]);
  });

  it("give a repeated hour two buckets (New York, fall)", () => {
    expect(
      starts("America/New_York", "hour", "2024-11-03T04:30:00Z", "2024-11-03T07:10:00Z"),
    ).toEqual([
      "2024-11-03T00:00:00-04:00",
      "2024-11-03T01:00:00-04:00",
      "2024-11-03T01:00:00-05:00",
      "2024-11-03T02:00:00-05:00",
      "2024-11-03T03:00:00-05:00",
    ]);
  });

  it("make days of 23 and 25 hours across DST changes", () => {
    const spring = starts(
      "America/New_York",
      "day",
      "2024-03-09T12:00:00Z",
      "2024-03-11T12:00:00Z",
    );
    expect(spring).toEqual([
      "2024-03-09T00:00:00-05:00",
      "2024-03-10T00:00:00-05:00",
      "2024-03-11T00:00:00-04:00",
      "2024-03-12T00:00:00-04:00",
    ]);
    const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;
    expect(hours(spring?.[1] as string, spring?.[2] as string)).toBe(23);
    const fall = starts("America/New_York", "day", "2024-11-03T12:00:00Z", "2024-11-03T13:00:00Z");
    expect(fall).toEqual(["2024-11-03T00:00:00-04:00", "2024-11-04T00:00:00-05:00"]);
    expect(hours(fall?.[0] as string, fall?.[1] as string)).toBe(25);
  });

  it("start a day at its first instant when midnight does not exist (Havana)", () => {
    expect(starts("America/Havana", "day", "2024-03-09T12:00:00Z", "2024-03-11T12:00:00Z")).toEqual(
      [
        "2024-03-09T00:00:00-05:00",
        "2024-03-10T01:00:00-04:00",
        "2024-03-11T00:00:00-04:00",
        "2024-03-12T00:00:00-04:00",
      ],
    );
  });

  it("follow half- and quarter-hour offsets (Kolkata, Kathmandu)", () => {
    expect(starts("Asia/Kolkata", "hour", "2024-03-10T05:10:00Z", "2024-03-10T06:40:00Z")).toEqual([
      "2024-03-10T10:00:00+05:30",
      "2024-03-10T11:00:00+05:30",
      "2024-03-10T12:00:00+05:30",
      "2024-03-10T13:00:00+05:30",
    ]);
    expect(starts("Asia/Kathmandu", "day", "2024-03-10T12:00:00Z", "2024-03-10T20:00:00Z")).toEqual(
      ["2024-03-10T00:00:00+05:45", "2024-03-11T00:00:00+05:45", "2024-03-12T00:00:00+05:45"],
    );
  });

  it("make months of the zone's calendar", () => {
    expect(
      starts("America/New_York", "month", "2024-02-09T12:00:00Z", "2024-04-01T04:00:00Z"),
    ).toEqual([
      "2024-02-01T00:00:00-05:00",
      "2024-03-01T00:00:00-05:00",
      "2024-04-01T00:00:00-04:00",
    ]);
    expect(starts("UTC", "month", "2024-12-31T23:00:00Z", "2025-01-01T00:00:01Z")).toEqual([
      "2024-12-01T00:00:00Z",
      "2025-01-01T00:00:00Z",
      "2025-02-01T00:00:00Z",
    ]);
  });

  it("stop at the longest span of each interval", () => {
    expect(starts("UTC", "hour", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")).toHaveLength(745);
    expect(starts("UTC", "hour", "2024-01-01T00:00:00Z", "2024-02-01T00:00:01Z")).toBeNull();
    // 31 local days of hours even across a fall back: 745 buckets, the repeated hour included.
    expect(
      starts("America/New_York", "hour", "2024-10-15T04:00:00Z", "2024-11-15T05:00:00Z"),
    ).toHaveLength(746);
    expect(starts("UTC", "day", "2024-01-01T00:00:00Z", "2025-02-04T00:00:00Z")).toHaveLength(401);
    expect(starts("UTC", "day", "2024-01-01T00:00:00Z", "2025-02-04T00:00:01Z")).toBeNull();
    expect(starts("UTC", "month", "2015-01-01T00:00:00Z", "2025-01-01T00:00:00Z")).toHaveLength(
      121,
    );
    expect(starts("UTC", "month", "2015-01-01T00:00:00Z", "2025-01-01T00:00:01Z")).toBeNull();
  });

  it("fall on 15-minute slots in every zone the runtime knows, this decade", () => {
    const misaligned: string[] = [];
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const offsets = offsetsOf(zone);
      for (const interval of ["day", "month"] as const) {
        const from = Date.parse(
          interval === "day" ? "2024-01-01T00:00:00Z" : "2016-01-01T00:00:00Z",
        );
        const boundaries = bucketBoundaries(
          offsets,
          interval,
          from,
          Date.parse("2025-01-01T00:00:00Z"),
        );
        for (const b of boundaries ?? []) {
          if (b.at % 900_000 !== 0) misaligned.push(`${zone} ${isoWithOffset(b.at, b.offset)}`);
        }
        expect(boundaries, zone).not.toBeNull();
      }
    }
    expect(misaligned).toEqual([]);
  });
});

describe("the query's range", () => {
  it("reads plain dates as midnight in the zone, and echoes the zone as asked", () => {
    const kolkata = range({ from: "2024-03-10", to: "2024-03-12", timezone: "Asia/Kolkata" });
    expect(kolkata.timezone).toBe("Asia/Kolkata");
    expect(kolkata.boundaries.map((b) => isoWithOffset(b.at, b.offset))).toEqual([
      "2024-03-10T00:00:00+05:30",
      "2024-03-11T00:00:00+05:30",
      "2024-03-12T00:00:00+05:30",
    ]);
    expect(bucketSlots(kolkata)).toEqual([
      [Date.parse("2024-03-09T18:30:00Z") / 900_000, Date.parse("2024-03-10T18:30:00Z") / 900_000],
      [Date.parse("2024-03-10T18:30:00Z") / 900_000, Date.parse("2024-03-11T18:30:00Z") / 900_000],
    ]);
  });

  it("takes a date-time with an offset as its instant", () => {
    const r = range({
      from: "2024-03-10T10:15:00+05:30",
      to: "2024-03-10T06:00:00Z",
      interval: "hour",
    });
    expect(r.boundaries.map((b) => isoWithOffset(b.at, b.offset))).toEqual([
      "2024-03-10T04:00:00Z",
      "2024-03-10T05:00:00Z",
      "2024-03-10T06:00:00Z",
    ]);
  });

  it("defaults to the 30 days before now, in days", () => {
    const r = range({});
    expect(r.interval).toBe("day");
    const shown = r.boundaries.map((b) => isoWithOffset(b.at, b.offset));
    expect(shown[0]).toBe("2024-05-16T00:00:00Z");
    expect(shown.at(-1)).toBe("2024-06-16T00:00:00Z");
    expect(shown).toHaveLength(32);
  });

  it("refuses from ≥ to and a range past the interval's span, naming the rule", () => {
    expect(issueOf({ from: "2024-03-10", to: "2024-03-10" })).toEqual([
      { loc: ["query", "from"], msg: "from must be before to", type: "analytics_range_empty" },
    ]);
    expect(issueOf({ from: "2024-07-01" })?.[0]?.type).toBe("analytics_range_empty");
    expect(issueOf({ from: "2024-01-01", to: "2024-02-02", interval: "hour" })).toEqual([
      {
        loc: ["query", "to"],
        msg: "interval=hour spans at most 31 days, in whole buckets",
        type: "analytics_range_too_long",
      },
    ]);
    expect(issueOf({ from: "2023-01-01", interval: "day" })?.[0]).toMatchObject({
      loc: ["query", "from"],
      msg: "interval=day spans at most 400 days, in whole buckets",
    });
    expect(issueOf({ from: "2010-01-01", to: "2024-01-01", interval: "month" })?.[0]?.msg).toBe(
      "interval=month spans at most 10 years (120 months), in whole buckets",
    );
    expect(issueOf({ from: "2024-01-01", to: "2025-02-04" })).toBeNull();
  });
});

describe("time zones", () => {
  it("are IANA names, never bare offsets or unknown names", () => {
    for (const zone of ["UTC", "America/New_York", "Asia/Kolkata", "Etc/GMT+5", "europe/paris"]) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ["Mars/Olympus", "+05:30", "", "UTC+1", "../etc"]) {
      expect(isTimeZone(zone), zone).toBe(false);
    }
    expect(zoneName("europe/paris")).toBe("Europe/Paris");
    // Not ICU's older canonical name (Asia/Calcutta).
    expect(zoneName("Asia/Kolkata")).toBe("Asia/Kolkata");
  });

  it("write an instant with its offset, and UTC with Z", () => {
    const at = Date.parse("2024-03-10T07:00:00Z");
    expect(isoWithOffset(at, 0)).toBe("2024-03-10T07:00:00Z");
    expect(isoWithOffset(at, -4 * 3_600_000)).toBe("2024-03-10T03:00:00-04:00");
    expect(isoWithOffset(at, 5.75 * 3_600_000)).toBe("2024-03-10T12:45:00+05:45");
    expect(offsetsOf("Asia/Kolkata")(at)).toBe(5.5 * 3_600_000);
  });
});
