import * as z from "zod";
import { USAGE_METRICS } from "../db/schema";
import { Timestamp } from "../openapi/common";

export const WEBHOOK_EVENT_TYPES = [
  "tenant.updated",
  "tenant.deletion_scheduled",
  "tenant.deletion_reminder",
  "tenant.deletion_cancelled",
  "tenant.deletion_started",
  "tenant.deleted",
  "call.started",
  "call.ended",
  "webhook.test",
  "member.invited",
  "webhook_endpoint.disabled",
  "usage.threshold_reached",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const CallFacts = z.object({
  call_id: z.string(),
  agent_id: z.string().nullable(),
  direction: z.enum(["inbound", "outbound"]),
  from_number: z.string().describe("E.164"),
  to_number: z.string().describe("E.164"),
  started_at: Timestamp,
});

/**
 * What each event's `data` carries besides `tenant_id`, which every event has: the one source of
 * the types the code builds each event with (`WebhookEventData`) and of the payloads the OpenAPI
 * document describes (src/openapi/webhooks.ts).
 */
export const WEBHOOK_EVENT_DATA = {
  "tenant.updated": z.object({
    changed_fields: z
      .array(z.string())
      .describe("The names of the fields the change set: never a value, so never a secret"),
  }),
  "tenant.deletion_scheduled": z.object({
    deletion_id: z.string().describe("The deletion's id: the job it becomes keeps it"),
    scheduled_for: Timestamp.describe(
      "When the deletion runs, unless cancelled (`POST …/deletion/cancel`) before",
    ),
  }),
  "tenant.deletion_reminder": z.object({
    deletion_id: z.string().describe("The scheduled deletion's id"),
    scheduled_for: Timestamp.describe("When it runs: a day from this event, unless cancelled"),
  }),
  "tenant.deletion_cancelled": z.object({
    deletion_id: z.string().describe("The scheduled deletion that will not run"),
  }),
  "tenant.deletion_started": z.object({
    deletion_id: z.string().describe("The job at `GET …/deletion`"),
  }),
  "tenant.deleted": z.object({
    deletion_id: z.string().describe("The job that removed everything of the tenant"),
  }),
  "call.started": CallFacts,
  "call.ended": CallFacts.extend({
    ended_at: Timestamp,
    duration_seconds: z.number().int().nullable(),
    ended_reason: z.string().nullable(),
  }),
  "webhook.test": z.object({ message: z.string() }),
  "member.invited": z.object({
    member_id: z.string(),
    email: z.string(),
    role: z.string().describe("The role the invitation grants"),
    invitation_token: z
      .string()
      .describe("For `POST /v1/auth/accept-invitation`; sealed at rest, put in as it is sent"),
    invitation_expires_at: Timestamp,
  }),
  "webhook_endpoint.disabled": z.object({
    endpoint_id: z.string().describe("The endpoint at `GET …/webhook-endpoints/{endpoint_id}`"),
    url: z.string(),
    failing_since: Timestamp.describe("Its first failed attempt since its last success"),
    reason: z.string().describe("Why it was disabled; enable it again with `PATCH`"),
  }),
  "usage.threshold_reached": z.object({
    alert_id: z.string().describe("The usage alert at `GET …/usage-alerts/{id}`"),
    metric: z.enum(USAGE_METRICS),
    threshold: z
      .number()
      .int()
      .describe("The value that reaches the alert: its `threshold`, or its percentage of `limit`"),
    threshold_percent: z
      .number()
      .int()
      .nullable()
      .describe("The alert's percentage of the limit, or null for an absolute threshold"),
    value: z.number().int().describe("The metric's value after the write that reached it"),
    limit: z
      .number()
      .int()
      .nullable()
      .describe("The metric's limit then (a tenant setting or the plan's quota); null: none"),
    period: z
      .string()
      .describe("The UTC calendar month the alert was reached in, `YYYY-MM`: once in each"),
  }),
} satisfies Record<WebhookEventType, z.ZodObject>;

export type WebhookEventData = {
  [T in WebhookEventType]: z.infer<(typeof WEBHOOK_EVENT_DATA)[T]>;
};

/** The JSON body every receiver gets, in the Standard Webhooks shape. */
export type WebhookEvent = {
  type: WebhookEventType;
  timestamp: string;
  data: { tenant_id: string } & Record<string, unknown>;
};

// Facts that identify no one; with HIPAA, `data` keeps these and identifiers, nothing else.
const NON_PERSONAL_FIELDS = new Set([
  "changed_fields",
  "direction",
  "status",
  "started_at",
  "ended_at",
  "scheduled_for",
  "duration_seconds",
  // A usage alert's facts are counts and limits of the tenant, never of a person.
  "metric",
  "threshold",
  "threshold_percent",
  "value",
  "limit",
  "period",
]);

const isIdentifier = (field: string) =>
  field === "id" || field.endsWith("_id") || field.endsWith("_ids");

/** A field of `data` that tenants with `hipaa_enabled` receive too. */
export const keptUnderHipaa = (field: string) =>
  isIdentifier(field) || NON_PERSONAL_FIELDS.has(field);

/**
 * An allow-list rather than a deny-list: a field added to an event later (a transcript, a
 * caller's name) stays out of HIPAA tenants' payloads until someone decides it is safe.
 */
export function withoutPersonalData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([field]) => keptUnderHipaa(field)));
}
