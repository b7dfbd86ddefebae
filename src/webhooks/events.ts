import * as z from "zod";
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
