import type { Changes } from "../activity/queries";
import { type TenantRow, tenants } from "../db/schema";
import { ValidationError } from "../errors";
import { generateWebhookSecret } from "../webhooks/secret";
import { webhookUrlProblem } from "../webhooks/url";
import { planWrite, type WriteFields } from "../writes/plan";
import { complianceViolations, hipaaRetentionDefault, planViolations } from "./plans";
import type { TenantPatch } from "./queries";
import { type TenantUpdate, toTenant } from "./schemas";

// API field → column, for the fields stored as they are sent.
const PLAIN_COLUMNS = {
  name: "name",
  billing_plan: "billingPlan",
  max_concurrent_calls: "maxConcurrentCalls",
  monthly_call_limit: "monthlyCallLimit",
  sip_enabled: "sipEnabled",
  recording_enabled: "recordingEnabled",
  analytics_enabled: "analyticsEnabled",
  hipaa_enabled: "hipaaEnabled",
  pci_enabled: "pciEnabled",
  sip_server: "sipServer",
  sip_username: "sipUsername",
  webhook_url: "webhookUrl",
  webhook_events: "webhookEvents",
  recording_retention_days: "recordingRetentionDays",
  status: "status",
  deletion_grace_days: "deletionGraceDays",
} as const satisfies Partial<Record<keyof TenantUpdate, keyof TenantRow>>;

// Write-only fields, stored encrypted; the activity log sees only "[redacted]".
const SECRET_COLUMNS = {
  sip_password: "sipPasswordEnc",
  webhook_secret: "webhookSecretEnc",
} as const satisfies Partial<Record<keyof TenantUpdate, keyof TenantRow>>;

/** The compliance settings the update would leave the tenant with. */
function complianceAfter(current: TenantRow, update: TenantUpdate) {
  return {
    recording_enabled: update.recording_enabled ?? current.recordingEnabled,
    hipaa_enabled: update.hipaa_enabled ?? current.hipaaEnabled,
    pci_enabled: update.pci_enabled ?? current.pciEnabled,
    recording_retention_days:
      update.recording_retention_days !== undefined
        ? update.recording_retention_days
        : current.recordingRetentionDays,
  };
}

/**
 * The update with what it implies filled in: a tenant it would leave HIPAA without a recording
 * retention gets the plan's HIPAA default, unless the update sets one itself. Planned like a
 * field sent, so the response and the activity entry show it.
 */
export function withImpliedSettings(current: TenantRow, update: TenantUpdate): TenantUpdate {
  const plan = update.billing_plan ?? current.billingPlan;
  const days = hipaaRetentionDefault(plan, complianceAfter(current, update), update);
  return days === undefined ? update : { ...update, recording_retention_days: days };
}

/**
 * Refuses an update that would leave the tenant breaking a plan rule, a compliance rule or a URL
 * rule (422).
 */
export function checkTenantUpdate(current: TenantRow, update: TenantUpdate, environment: string) {
  const now = toTenant(current);
  const after = complianceAfter(current, update);
  const plan = update.billing_plan ?? now.billing_plan;
  const issues = [
    ...planViolations({
      billing_plan: plan,
      max_concurrent_calls: update.max_concurrent_calls ?? now.max_concurrent_calls,
      monthly_call_limit: update.monthly_call_limit ?? now.monthly_call_limit,
      hipaa_enabled: after.hipaa_enabled,
      pci_enabled: after.pci_enabled,
    }),
    ...complianceViolations(plan, after, update),
  ];
  if (update.webhook_url) {
    const problem = webhookUrlProblem(update.webhook_url, environment);
    if (problem)
      issues.push({ loc: ["body", "webhook_url"], msg: problem, type: "url_not_allowed" });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Whether the update would leave a webhook_url without a secret to sign its deliveries. */
function needsWebhookSecret(current: TenantRow, update: TenantUpdate): boolean {
  const url = update.webhook_url !== undefined ? update.webhook_url : current.webhookUrl;
  const hasSecret =
    update.webhook_secret !== undefined
      ? update.webhook_secret !== null
      : current.webhookSecretEnc !== null;
  return url !== null && !hasSecret;
}

const TENANT_FIELDS = {
  table: tenants,
  columns: PLAIN_COLUMNS,
  secrets: SECRET_COLUMNS,
} satisfies WriteFields<typeof tenants>;

/**
 * The columns to write and the field-level changes to log, by the one write planner; fields sent
 * unchanged are left out. A webhook_url left without a secret gets a generated one, returned here
 * to be shown once.
 */
export async function planTenantUpdate(
  current: TenantRow,
  requested: TenantUpdate,
  keys: string,
): Promise<{ patch: TenantPatch; changes: Changes; generatedWebhookSecret: string | null }> {
  const generatedWebhookSecret = needsWebhookSecret(current, requested)
    ? generateWebhookSecret()
    : null;
  const update = generatedWebhookSecret
    ? { ...requested, webhook_secret: generatedWebhookSecret }
    : requested;
  const { patch, changes } = await planWrite(TENANT_FIELDS, update, {
    keys,
    tenantId: current.id,
    rowId: current.id,
    before: { row: current, shown: toTenant(current) },
  });
  // A secret set by hand replaces the old one at once; only a rotation keeps the old one signing.
  if ("webhookSecretEnc" in patch && current.webhookPreviousSecretEnc !== null) {
    patch.webhookPreviousSecretEnc = null;
    patch.webhookPreviousSecretExpiresAt = null;
  }
  return { patch: patch as TenantPatch, changes, generatedWebhookSecret };
}
