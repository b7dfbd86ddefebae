import * as z from "zod";
import type { calls } from "../db/schema";
import { newId } from "../lib/ids";
import { PageQuery } from "../lib/pagination";
import { Instant, Timestamp } from "../openapi/common";
import { ownedFieldsOf, ownedResponseFields, ShortText } from "../resources/fields";
import type { RowOf } from "../resources/queries";

export type CallRow = RowOf<typeof calls>;

const PhoneNumber = z
  .string()
  .regex(/^\+[1-9]\d{1,14}$/, "Must be an E.164 number such as +14155550123");

export const CallStart = z
  .strictObject({
    agent_id: z.string().min(1).max(64).describe("An agent of this tenant"),
    direction: z.enum(["inbound", "outbound"]),
    from_number: PhoneNumber,
    to_number: PhoneNumber,
  })
  .meta({ id: "CallStart" });
export type CallStartBody = z.infer<typeof CallStart>;

export const CallEnd = z
  .strictObject({
    ended_reason: ShortText.optional().describe(
      "Why the call ended, e.g. hangup; default completed",
    ),
  })
  .meta({ id: "CallEnd" });

export const CallListQuery = PageQuery.extend({
  status: z.enum(["active", "ended"]).optional(),
  started_after: Instant.optional().describe("Calls started at or after this time"),
  started_before: Instant.optional().describe("Calls started before this time"),
  subaccount_id: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe("A parent's view of one of its sub-accounts' calls; none listed for another id"),
});
export type CallListQuery = z.infer<typeof CallListQuery>;

export const Call = z
  .object({
    ...ownedResponseFields,
    agent_id: z.string().nullable(),
    direction: z.enum(["inbound", "outbound"]),
    from_number: z.string(),
    to_number: z.string(),
    status: z.enum(["active", "ended"]),
    started_at: Timestamp,
    ended_at: Timestamp.nullable(),
    duration_seconds: z.number().int().nullable(),
    ended_reason: z.string().nullable(),
    recording: z
      .object({ size: z.number().int(), content_type: z.string(), sha256: z.string() })
      .nullable()
      .describe("The uploaded recording's metadata; the audio is at `…/calls/{id}/recording`"),
  })
  .meta({ id: "Call" });
export type Call = z.infer<typeof Call>;

/** The row of a call of `tenantId` starting at `now` as `start` asks, before admission. */
export function newCallRow(tenantId: string, start: CallStartBody, now: Date): CallRow {
  const at = now.toISOString();
  return {
    id: newId(now.getTime()),
    tenantId,
    agentId: start.agent_id,
    direction: start.direction,
    fromNumber: start.from_number,
    toNumber: start.to_number,
    status: "active",
    startedAt: at,
    endedAt: null,
    durationSeconds: null,
    endedReason: null,
    recordingKey: null,
    recordingSize: null,
    recordingContentType: null,
    recordingSha256: null,
    createdAt: at,
    updatedAt: at,
  };
}

export function toCall(row: CallRow): Call {
  return {
    ...ownedFieldsOf(row),
    agent_id: row.agentId,
    direction: row.direction,
    from_number: row.fromNumber,
    to_number: row.toNumber,
    status: row.status,
    started_at: row.startedAt,
    ended_at: row.endedAt,
    duration_seconds: row.durationSeconds,
    ended_reason: row.endedReason,
    recording:
      row.recordingKey === null
        ? null
        : {
            size: row.recordingSize ?? 0,
            content_type: row.recordingContentType ?? "application/octet-stream",
            sha256: row.recordingSha256 ?? "",
          },
  };
}

const QuotaUse = z.object({ used: z.number().int(), limit: z.number().int() });

export const Usage = z
  .object({
    billing_plan: z.enum(["starter", "business", "enterprise"]),
    active_calls: z.number().int(),
    max_concurrent_calls: z.number().int(),
    calls_this_month: z.number().int().describe("Calls started since period_start"),
    monthly_call_limit: z.number().int(),
    period_start: Timestamp.describe("Start of the current UTC calendar month"),
    period_end: Timestamp.describe("Start of the next one, when the monthly count resets"),
    quotas: z
      .object({
        agents: QuotaUse,
        files: QuotaUse,
        file_bytes: QuotaUse.describe("Bytes of knowledge-base files"),
        test_webhooks_per_minute: QuotaUse.describe("Test webhooks sent in the last minute"),
      })
      .describe("The plan's quotas: over one, 403 `quota_exceeded` (or 429 for a rate)"),
    recordings: z
      .object({
        count: z.number().int().describe("Calls with a stored recording"),
        bytes: z.number().int().describe("Their recordings' bytes"),
      })
      .describe("The call recordings stored: what recording_retention_days and DELETE remove"),
    by_tenant: z
      .array(
        z.object({
          tenant_id: z.string(),
          name: z.string(),
          active_calls: z.number().int(),
          max_concurrent_calls: z.number().int(),
          calls_this_month: z.number().int(),
          monthly_call_limit: z.number().int(),
        }),
      )
      .optional()
      .describe(
        "With `group_by=tenant`: the tenant and each of its sub-accounts, whose sums are the " +
          "family's use of the parent's pool (its `max_concurrent_calls` and `monthly_call_limit`)",
      ),
  })
  .meta({ id: "Usage" });

export const UsageQuery = z
  .strictObject({
    group_by: z
      .enum(["tenant"])
      .optional()
      .describe("`tenant`: add `by_tenant`, the tenant and each sub-account, its pool's use"),
  })
  .meta({ id: "UsageQuery" });
