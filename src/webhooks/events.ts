export const WEBHOOK_EVENT_TYPES = [
  "tenant.updated",
  "tenant.deletion_started",
  "tenant.deleted",
  "call.started",
  "call.ended",
  "webhook.test",
  "member.invited",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

type CallFacts = {
  call_id: string;
  agent_id: string | null;
  direction: "inbound" | "outbound";
  from_number: string;
  to_number: string;
  started_at: string;
};

/** What each event's `data` carries besides `tenant_id`, which every event has. */
export type WebhookEventData = {
  /** Field names only: never a value, so never a secret. */
  "tenant.updated": { changed_fields: string[] };
  "tenant.deletion_started": { deletion_id: string };
  "tenant.deleted": { deletion_id: string };
  "call.started": CallFacts;
  "call.ended": CallFacts & {
    ended_at: string;
    duration_seconds: number | null;
    ended_reason: string | null;
  };
  "webhook.test": { message: string };
  /** The invitation token is sealed at rest, and put into the event as it is sent. */
  "member.invited": {
    member_id: string;
    email: string;
    role: string;
    invitation_token: string;
    invitation_expires_at: string;
  };
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
  "duration_seconds",
]);

const isIdentifier = (field: string) =>
  field === "id" || field.endsWith("_id") || field.endsWith("_ids");

/**
 * An allow-list rather than a deny-list: a field added to an event later (a transcript, a
 * caller's name) stays out of HIPAA tenants' payloads until someone decides it is safe.
 */
export function withoutPersonalData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([field]) => isIdentifier(field) || NON_PERSONAL_FIELDS.has(field)),
  );
}
