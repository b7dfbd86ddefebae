import * as z from "zod";
import { PageQuery } from "../lib/pagination";
import { Timestamp } from "../openapi/common";
import { WEBHOOK_EVENT_TYPES } from "./events";
import {
  ATTEMPT_LOG_SIZE,
  type AttemptRow,
  type DeliveryRow,
  PRIMARY_ENDPOINT_ID,
} from "./queries";

const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

export const WebhookDelivery = z
  .object({
    id: z.string().describe("Also the `webhook-id` header, the same on every attempt"),
    endpoint_id: z
      .string()
      .describe("The webhook endpoint it goes to; `primary`: the tenant's own webhook_url"),
    event_type: z.enum(WEBHOOK_EVENT_TYPES),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int().describe("Attempts made so far, redeliveries included"),
    last_status_code: z.number().int().nullable().describe("Null: no answer (network error)"),
    last_latency_ms: z.number().int().nullable(),
    last_error: z.string().nullable(),
    next_retry_at: Timestamp.nullable().describe("When a pending delivery is tried again"),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "WebhookDelivery" });

export const WebhookAttempt = z
  .object({
    attempt: z.number().int(),
    status_code: z.number().int().nullable(),
    latency_ms: z.number().int(),
    error: z.string().nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "WebhookAttempt" });

export const WebhookDeliveryDetail = WebhookDelivery.extend({
  event: z
    .object({ type: z.string(), timestamp: Timestamp, data: z.record(z.string(), z.unknown()) })
    .describe("The JSON body sent to the receiver"),
  attempt_log: z
    .array(WebhookAttempt)
    .describe(`The last ${ATTEMPT_LOG_SIZE} attempts, oldest first; \`attempts\` counts every one`),
}).meta({ id: "WebhookDeliveryDetail" });

export const DeliveryQuery = PageQuery.extend({
  status: z.enum(DELIVERY_STATUSES).optional(),
  event_type: z.enum(WEBHOOK_EVENT_TYPES).optional(),
  endpoint_id: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe("Only the deliveries to this webhook endpoint; `primary`: the tenant's webhook_url"),
});

// An endpoint's delivery is `{event id}.{endpoint id}`.
export const DeliveryIdParam = z.object({ delivery_id: z.string().min(1).max(128) });

export const RotatedWebhookSecret = z
  .object({
    webhook_secret: z.string().describe("The new secret: shown this once, never again"),
    previous_secret_expires_at: Timestamp.nullable().describe(
      "Until then deliveries also carry a signature by the previous secret",
    ),
  })
  .meta({ id: "RotatedWebhookSecret" });

export const toDelivery = (row: DeliveryRow): z.infer<typeof WebhookDelivery> => ({
  id: row.id,
  endpoint_id: row.endpointId ?? PRIMARY_ENDPOINT_ID,
  event_type: row.eventType as z.infer<typeof WebhookDelivery>["event_type"],
  status: row.status,
  attempts: row.attempts,
  last_status_code: row.lastStatusCode,
  last_latency_ms: row.lastLatencyMs,
  last_error: row.lastError,
  next_retry_at: row.nextRetryAt,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

export const toDeliveryDetail = (
  row: DeliveryRow,
  attempts: AttemptRow[],
): z.infer<typeof WebhookDeliveryDetail> => ({
  ...toDelivery(row),
  event: JSON.parse(row.payload),
  attempt_log: attempts.map((a) => ({
    attempt: a.attempt,
    status_code: a.statusCode,
    latency_ms: a.latencyMs,
    error: a.error,
    created_at: a.createdAt,
  })),
});
