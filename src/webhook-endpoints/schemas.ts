import * as z from "zod";
import type { TenantRow, WebhookEndpointRow } from "../db/schema";
import { PUBLIC_HOST_RULE } from "../lib/hosts";
import { TenantIdParam, Timestamp } from "../openapi/common";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";
import { PRIMARY_ENDPOINT_ID } from "../webhooks/queries";

const EndpointUrl = z
  .url()
  .max(2048)
  .meta({
    ...PUBLIC_HOST_RULE,
    description:
      "https to a public host, without credentials: the host rules of webhook_url; in " +
      "development, http or https to localhost too",
  });

const Events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .nullable()
  .describe("The event types it takes; null or left out: all of them, those added later too");

const Description = z.string().max(500).nullable();

export const WebhookEndpointCreate = z
  .strictObject({
    url: EndpointUrl,
    events: Events.optional(),
    description: Description.optional(),
    enabled: z.boolean().optional().describe("Default true"),
  })
  .meta({ id: "WebhookEndpointCreate" });

export const WebhookEndpointUpdate = z
  .strictObject({
    url: EndpointUrl,
    events: Events,
    description: Description,
    enabled: z
      .boolean()
      .describe("true enables a disabled endpoint again: its failures are forgotten"),
  })
  .partial()
  .meta({ id: "WebhookEndpointUpdate" });

export const WebhookEndpoint = z
  .object({
    id: z.string().describe("`primary`: the tenant's own webhook_url, webhook_events and secret"),
    tenant_id: z.string(),
    primary: z
      .boolean()
      .describe("The tenant's webhook settings: changed with `PUT /v1/tenants/{tenant_id}`"),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).nullable().describe("null: every event type"),
    description: z.string().nullable(),
    enabled: z.boolean(),
    disabled_reason: z
      .string()
      .nullable()
      .describe("Why the platform disabled it: every attempt failed for three days"),
    failing_since: Timestamp.nullable().describe("The first failed attempt since the last success"),
    previous_secret_expires_at: Timestamp.nullable().describe(
      "Until then deliveries also carry a signature by the secret a rotation replaced",
    ),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "WebhookEndpoint" });

export const CreatedWebhookEndpoint = WebhookEndpoint.extend({
  secret: z
    .string()
    .describe("The endpoint's `whsec_` signing secret: shown this once, never again"),
}).meta({ id: "CreatedWebhookEndpoint" });

export const RotatedEndpointSecret = z
  .object({
    secret: z.string().describe("The new secret: shown this once, never again"),
    previous_secret_expires_at: Timestamp.describe(
      "Until then deliveries also carry a signature by the previous secret",
    ),
  })
  .meta({ id: "RotatedWebhookEndpointSecret" });

export const EndpointIdParam = TenantIdParam.extend({
  endpoint_id: z.string().min(1).max(64).describe("An endpoint's id, or `primary`"),
});

export type WebhookEndpointBody = z.infer<typeof WebhookEndpoint>;

export const toEndpoint = (row: WebhookEndpointRow): WebhookEndpointBody => ({
  id: row.id,
  tenant_id: row.tenantId,
  primary: false,
  url: row.url,
  events: row.events as WebhookEndpointBody["events"],
  description: row.description,
  enabled: row.enabled,
  disabled_reason: row.disabledReason,
  failing_since: row.failingSince,
  previous_secret_expires_at: row.previousSecretExpiresAt,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

/** The tenant's own webhook settings as its first endpoint, `primary`; undefined without a URL. */
export const primaryEndpointOf = (tenant: TenantRow): WebhookEndpointBody | undefined =>
  tenant.webhookUrl
    ? {
        id: PRIMARY_ENDPOINT_ID,
        tenant_id: tenant.id,
        primary: true,
        url: tenant.webhookUrl,
        events: tenant.webhookEvents as WebhookEndpointBody["events"],
        description: "The tenant's webhook_url",
        enabled: true,
        disabled_reason: null,
        failing_since: null,
        previous_secret_expires_at: tenant.webhookPreviousSecretExpiresAt,
        created_at: tenant.createdAt,
        updated_at: tenant.updatedAt,
      }
    : undefined;
