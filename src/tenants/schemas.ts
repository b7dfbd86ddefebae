import * as z from "zod";
import { DataRegion } from "../auth/schemas";
import type { TenantRow } from "../db/schema";
import { PUBLIC_HOST_RULE, PublicHost } from "../lib/hosts";
import { Timestamp } from "../openapi/common";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";
import { WebhookSecret } from "../webhooks/secret";
import { BILLING_PLANS, deletionGraceDaysOf, MAX_DELETION_GRACE_DAYS } from "./plans";

const Name = z.string().min(1).max(255);
const OptionalText = z.string().min(1).max(255).nullable();
const RetentionDays = z.number().int().min(1).max(3650);

/** The statuses a client sees: a cell's `arriving` and `moved` rows are never served. */
export const PUBLIC_STATUSES = [
  "active",
  "inactive",
  "deletion_scheduled",
  "deleting",
  "moving",
] as const;

const GraceDays = z.number().int().min(0).max(MAX_DELETION_GRACE_DAYS);

export const Tenant = z
  .object({
    id: z.string().describe("Equals the owner's user id"),
    name: Name,
    billing_plan: z.enum(BILLING_PLANS),
    max_concurrent_calls: z.number().int().min(1).max(1000),
    monthly_call_limit: z.number().int().min(0).describe("0 means no call may start"),
    sip_enabled: z.boolean(),
    recording_enabled: z.boolean(),
    analytics_enabled: z.boolean(),
    hipaa_enabled: z
      .boolean()
      .describe(
        "Enterprise plan only. Reads of recordings and calls and the export are logged in the " +
          "activity log, and recordings are kept for recording_retention_days",
      ),
    pci_enabled: z
      .boolean()
      .describe(
        "Enterprise plan only. No call recording is stored or served; never true together with " +
          "recording_enabled",
      ),
    recording_retention_days: RetentionDays.nullable().describe(
      "Recordings are removed this many days after their call started; null keeps them. " +
        "Always set while hipaa_enabled",
    ),
    sip_server: z.string().nullable(),
    sip_username: z.string().nullable(),
    sip_password_set: z.boolean(),
    webhook_url: z.string().nullable(),
    webhook_secret_set: z.boolean(),
    webhook_events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    status: z
      .enum(PUBLIC_STATUSES)
      .describe(
        "`inactive`: data kept, no new calls. `deletion_scheduled`: its deletion waits out the " +
          "grace period until `deletion_scheduled_for`; reads are served, writes and new calls " +
          "answer 409 tenant_deletion_scheduled, `POST …/deletion/cancel` keeps it. `deleting`: " +
          "its deletion runs. `moving`: a platform admin is moving it to another cell; reads are " +
          "served, writes answer 409 tenant_moving",
      ),
    deletion_grace_days: GraceDays.describe(
      "Days a `DELETE` waits before the deletion runs (0: at once); the plan's default unless " +
        "the owner set it",
    ),
    deletion_scheduled_for: Timestamp.nullable().describe(
      "While `deletion_scheduled`: when the deletion runs; null otherwise",
    ),
    data_region: DataRegion,
    parent_id: z
      .string()
      .nullable()
      .describe(
        "The tenant this one is a sub-account of: its limits are carved from the parent's, " +
          "whose limits cap the whole family. Null for a tenant of its own",
      ),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "Tenant" });
export type Tenant = z.infer<typeof Tenant>;

export const UpdatedTenant = Tenant.extend({
  webhook_secret: z
    .string()
    .optional()
    .describe(
      "Present only when this update generated the webhook secret (a webhook_url set without " +
        "one): shown this once, never again",
    ),
}).meta({ id: "UpdatedTenant" });
export type UpdatedTenant = z.infer<typeof UpdatedTenant>;

export const TenantUpdate = z
  .strictObject({
    name: Name,
    billing_plan: z.enum(BILLING_PLANS),
    max_concurrent_calls: z.number().int().min(1).max(1000),
    monthly_call_limit: z.number().int().min(0),
    sip_enabled: z.boolean(),
    recording_enabled: z.boolean(),
    analytics_enabled: z.boolean(),
    hipaa_enabled: z
      .boolean()
      .describe(
        "Turning it on without a recording_retention_days sets the plan's HIPAA default (90 days)",
      ),
    pci_enabled: z.boolean().describe("Refused (422) while recording_enabled is true"),
    recording_retention_days: RetentionDays.nullable().describe(
      "Days a recording is kept, counted from its call's start; null keeps recordings " +
        "(refused while hipaa_enabled)",
    ),
    sip_server: PublicHost.nullable().describe(
      "The tenant's SIP server: a public host name or address (a name of two labels or more, " +
        "an IPv4 address or an IPv6 address in brackets); private, loopback, link-local and " +
        "metadata addresses are refused",
    ),
    sip_username: OptionalText,
    sip_password: z.string().min(1).max(255).nullable().describe("Write-only; stored encrypted"),
    webhook_url: z
      .url()
      .max(2048)
      .meta({
        ...PUBLIC_HOST_RULE,
        description:
          "https to a public host, without credentials (refused: private and reserved " +
          "addresses, single-label names such as https://com, .local and the like); in " +
          "development, http or https to localhost too",
      })
      .nullable(),
    webhook_secret: WebhookSecret.nullable().describe(
      "Write-only; stored encrypted. Standard Webhooks format: `whsec_` + base64 of 24 to 64 " +
        "random bytes. Left out while a webhook_url is set, one is generated and returned once",
    ),
    webhook_events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).max(WEBHOOK_EVENT_TYPES.length),
    status: z
      .enum(["active", "inactive"])
      .describe("inactive = soft-deleted: data kept, no new calls"),
    deletion_grace_days: GraceDays.nullable().meta({
      // The route takes admins; this field, the owner alone (as deleting does).
      "x-required-role": "owner",
      description:
        "Owner only (403 to others). Days a deletion waits before it runs, 0 to 30; null: the " +
        "plan's default (starter 0, business 7, enterprise 30)",
    }),
  })
  .partial()
  .meta({ id: "TenantUpdate", description: "Only the fields sent change" });
export type TenantUpdate = z.infer<typeof TenantUpdate>;

export function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    name: row.name,
    billing_plan: row.billingPlan,
    max_concurrent_calls: row.maxConcurrentCalls,
    monthly_call_limit: row.monthlyCallLimit,
    sip_enabled: row.sipEnabled,
    recording_enabled: row.recordingEnabled,
    analytics_enabled: row.analyticsEnabled,
    hipaa_enabled: row.hipaaEnabled,
    pci_enabled: row.pciEnabled,
    recording_retention_days: row.recordingRetentionDays,
    sip_server: row.sipServer,
    sip_username: row.sipUsername,
    sip_password_set: row.sipPasswordEnc !== null,
    webhook_url: row.webhookUrl,
    webhook_secret_set: row.webhookSecretEnc !== null,
    webhook_events: row.webhookEvents as Tenant["webhook_events"],
    status: publicStatus(row.status),
    deletion_grace_days: deletionGraceDaysOf(row),
    deletion_scheduled_for:
      row.status === "deletion_scheduled" ? (row.deletionSchedule?.scheduled_for ?? null) : null,
    data_region: row.dataRegion,
    parent_id: row.parentId,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}

/** A row a cell does not serve (`arriving`, `moved`) is never answered; were it, it is moving. */
function publicStatus(status: TenantRow["status"]): (typeof PUBLIC_STATUSES)[number] {
  return status === "arriving" || status === "moved" ? "moving" : status;
}

/**
 * The tenant's entity tag: its version, which every change bumps, and what a move or a scheduled
 * deletion changes without one (its region, its status while it moves or waits to be deleted),
 * so both leave the tenant's rows as they were and a cached copy still goes stale.
 */
export const etagOf = (row: Pick<TenantRow, "version" | "dataRegion" | "status">) =>
  `"v${row.version}.${row.dataRegion}${ETAG_STATUSES.includes(row.status) ? `.${row.status}` : ""}"`;

/**
 * The statuses that change what a tenant answers without a new version: a move, and a deletion
 * scheduled (which its cancellation undoes, leaving the tenant's row as it was).
 */
const ETAG_STATUSES: readonly string[] = ["moving", "deletion_scheduled"];
