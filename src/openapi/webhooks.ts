import * as z from "zod";
import {
  keptUnderHipaa,
  WEBHOOK_EVENT_DATA,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from "../webhooks/events";
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_TIMEOUT_MS } from "../webhooks/retry-policy";
import { Timestamp } from "./common";
import { type SchemaContext, zodToOpenApi } from "./zod-schemas";

/** `tenant.deletion_started` → `TenantDeletionStartedEvent`: the payload's component name. */
const componentName = (type: string) =>
  `${type
    .split(/[._]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("")}Event`;

const WHAT: Record<WebhookEventType, string> = {
  "tenant.updated":
    "The tenant's settings changed (`PUT /v1/tenants/{tenant_id}`, a secret rotation)",
  "tenant.deletion_scheduled":
    "`DELETE /v1/tenants/{tenant_id}` scheduled the tenant's deletion after its grace period: " +
    "it is `deletion_scheduled` (reads served, writes refused) until then or a cancellation",
  "tenant.deletion_reminder": "The tenant's scheduled deletion runs in a day, unless cancelled",
  "tenant.deletion_cancelled":
    "The tenant's scheduled deletion was cancelled: it has its earlier status back",
  "tenant.deletion_started": "The tenant's deletion began: it is `deleting` from now on",
  "tenant.deleted": "Everything of the tenant is gone; the last event it sends",
  "call.started": "A call was admitted and started",
  "call.ended": "A call ended, by its end request or by the sweep of overdue calls",
  "webhook.test": "Sent by `POST …/webhooks/test`, to check a receiver",
  "member.invited": "A member was invited; the invitation is for the invited person alone",
  "webhook_endpoint.disabled":
    "One of the tenant's webhook endpoints failed every attempt for three days and was disabled; " +
    "sent to the others",
  "usage.threshold_reached":
    "A usage alert was reached (`…/usage-alerts`): decided in the batch of the write that " +
    "reached it (a call's start, an upload), once per alert and UTC calendar month",
};

/**
 * The payload of `type` as a tenant receives it: `data` holds `tenant_id` and the event's fields,
 * those that identify a person left out for tenants with `hipaa_enabled` (so not required).
 */
function eventPayload(type: WebhookEventType) {
  const fields = WEBHOOK_EVENT_DATA[type].shape as Record<string, z.ZodType>;
  const data = Object.fromEntries(
    Object.entries(fields).map(([field, schema]) => [
      field,
      keptUnderHipaa(field)
        ? schema
        : schema
            .optional()
            .describe(
              `${schema.description ? `${schema.description}. ` : ""}Absent for tenants with ` +
                "`hipaa_enabled`",
            ),
    ]),
  );
  return z
    .object({
      type: z.literal(type),
      timestamp: Timestamp.describe("When the event happened"),
      data: z.object({ tenant_id: z.string(), ...data }),
    })
    .meta({ id: componentName(type), description: WHAT[type] });
}

/** The Standard Webhooks headers every delivery attempt carries. */
const SIGNED_HEADERS = [
  {
    name: "webhook-id",
    in: "header",
    required: true,
    description:
      "The delivery's id, the same on every attempt and redelivery: skip one already handled",
    schema: { type: "string" },
  },
  {
    name: "webhook-timestamp",
    in: "header",
    required: true,
    description: "The attempt's time, in Unix seconds: refuse one too far from your clock",
    schema: { type: "string", pattern: "^[0-9]+$" },
  },
  {
    name: "webhook-signature",
    in: "header",
    required: true,
    description:
      "`v1,<base64 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body}>` by the tenant's " +
      "`whsec_` secret; during a secret rotation's grace period, a second one by the previous " +
      "secret, space-separated. Any Standard Webhooks library verifies it",
    schema: { type: "string", pattern: "^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$" },
  },
];

/**
 * The document's `webhooks`: each event's signed `POST` to the tenant's `webhook_url`, its JSON
 * body from the schemas the code builds it with (`WEBHOOK_EVENT_DATA`), its payload schemas in
 * `components.schemas` (so generated clients type a receiver's handler).
 */
export function webhookOperations(components: SchemaContext["components"]) {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\W/g, "_")}`,
          tags: ["Webhooks"],
          summary: `${type} event`,
          description:
            `${WHAT[type]}. Sent to the tenant's \`webhook_url\` when \`${type}\` is among its ` +
            "`webhook_events`, committed with the change it reports, signed per Standard Webhooks.",
          parameters: SIGNED_HEADERS,
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: zodToOpenApi(eventPayload(type), { components, options: { io: "output" } }),
              },
            },
          },
          responses: {
            "2XX": { description: "Received: the delivery succeeded" },
            default: {
              description:
                `Anything else, or no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s: ` +
                "429, 5xx and no answer are retried with backoff (" +
                `${WEBHOOK_MAX_ATTEMPTS} attempts in all, honouring \`Retry-After\`); any other ` +
                "answer is final and the delivery fails (listed, and redeliverable)",
            },
          },
          security: [],
        },
      },
    ]),
  );
}
