import * as z from "zod";
import { Timestamp } from "../openapi/common";
import { INTERVALS } from "./calendar";
import { isTimeZone } from "./time-zone";

export const GROUP_BYS = ["agent_id", "direction", "ended_reason"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

// Years a query may name: no call predates 1970, and every year stays four digits.
const FIRST_YEAR = 1970;
const LAST_YEAR = 9998;
const inYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

const Bound = (what: string) =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .refine(inYears, `Must lie in the years ${FIRST_YEAR} to ${LAST_YEAR}`)
    .describe(
      `${what}. An ISO-8601 date-time with \`Z\` or an offset (send \`+\` as \`%2B\`), or a ` +
        "date `YYYY-MM-DD`: midnight of that day in `timezone`",
    );

export const CallAnalyticsQuery = z.strictObject({
  from: Bound(
    "Start, inclusive; widened to the start of its bucket. Default: `to` − 30 days",
  ).optional(),
  to: Bound("End, exclusive; widened to the end of its bucket. Default: now").optional(),
  interval: z.enum(INTERVALS).default("day").describe("Bucket size, in `timezone`'s calendar"),
  group_by: z.enum(GROUP_BYS).optional().describe("Split each bucket by this field"),
  timezone: z
    .string()
    .max(64)
    .refine(isTimeZone, "Must be an IANA time zone, such as Europe/Paris or UTC")
    .default("UTC")
    .describe("IANA time zone the buckets follow, DST included"),
});
export type CallAnalyticsQuery = z.infer<typeof CallAnalyticsQuery>;

const metrics = {
  calls: z.number().int().describe("Calls started in the bucket"),
  completed_calls: z.number().int().describe("Of those, the ones that have ended"),
  total_duration_seconds: z.number().int().describe("Summed over the completed calls"),
  average_duration_seconds: z
    .number()
    .describe("total_duration_seconds / completed_calls, to 2 decimals; 0 without any"),
  max_duration_seconds: z.number().int().describe("The longest completed call; 0 without any"),
};

const Metrics = z.object(metrics).meta({ id: "CallMetrics" });

const Group = z
  .union([
    z.object({ agent_id: z.string().nullable() }),
    z.object({ direction: z.enum(["inbound", "outbound"]) }),
    z.object({ ended_reason: z.string().nullable().describe("null: still active") }),
  ])
  .nullable()
  .describe("The group's value of `group_by`; null without `group_by`");

const Bucket = z
  .object({
    start: Timestamp.describe("The bucket's start, with the zone's offset at that instant"),
    group: Group,
    ...metrics,
  })
  .meta({ id: "CallBucket" });

export const CallAnalytics = z
  .object({
    interval: z.enum(INTERVALS),
    from: Timestamp.describe("The effective start: the first bucket's"),
    to: Timestamp.describe("The effective end: the last bucket's end"),
    timezone: z.string(),
    group_by: z.enum(GROUP_BYS).nullable(),
    buckets: z
      .array(Bucket)
      .describe("Every bucket of the range, empty ones included, by start, then group"),
    totals: Metrics,
  })
  .meta({ id: "CallAnalytics" });
export type CallAnalytics = z.infer<typeof CallAnalytics>;
export type CallBucket = CallAnalytics["buckets"][number];
