import type { ValidationIssue } from "../errors";

export const BILLING_PLANS = ["starter", "business", "enterprise"] as const;
export type BillingPlan = (typeof BILLING_PLANS)[number];

/** What a tenant may keep and how fast it may ask for some things, per plan. */
export type Quotas = {
  agents: number;
  files: number;
  /** Bytes of knowledge-base files. */
  fileBytes: number;
  /** `POST …/webhooks/test` per rolling minute. */
  testWebhooksPerMinute: number;
  /** Webhook endpoints besides the tenant's own webhook_url (the primary endpoint). */
  webhookEndpoints: number;
};

type Plan = {
  maxConcurrentCalls: number;
  /** Null: no monthly cap. */
  monthlyCallLimit: number | null;
  /** HIPAA and PCI compliance may be enabled. */
  compliance: boolean;
  /**
   * The recording retention a tenant gets when it turns HIPAA on without one of its own; null on
   * plans without HIPAA.
   */
  hipaaRecordingRetentionDays: number | null;
  /**
   * Days ended calls, activity entries and finished webhook deliveries stay in D1, the hot
   * window; older ones move to the tenant's archive in R2 (src/archive/).
   */
  hotWindowDays: number;
  /**
   * Days a deletion waits before it runs, unless the tenant sets its own
   * (`deletion_grace_days`): 0 deletes at once.
   */
  deletionGraceDays: number;
  /** Sub-accounts a tenant on the plan may own (src/subaccounts/); 0: none. */
  subaccounts: number;
  quotas: Quotas;
};

const MB = 1024 * 1024;

/** The plan catalog: the one place the caps and quotas live. */
export const PLANS: Record<BillingPlan, Plan> = {
  starter: {
    maxConcurrentCalls: 10,
    monthlyCallLimit: 10_000,
    compliance: false,
    hipaaRecordingRetentionDays: null,
    hotWindowDays: 30,
    subaccounts: 0,
    deletionGraceDays: 0,
    quotas: {
      agents: 25,
      files: 100,
      fileBytes: 500 * MB,
      testWebhooksPerMinute: 10,
      webhookEndpoints: 3,
    },
  },
  business: {
    maxConcurrentCalls: 100,
    monthlyCallLimit: 100_000,
    compliance: false,
    hipaaRecordingRetentionDays: null,
    hotWindowDays: 90,
    subaccounts: 25,
    deletionGraceDays: 7,
    quotas: {
      agents: 250,
      files: 2_000,
      fileBytes: 10_000 * MB,
      testWebhooksPerMinute: 30,
      webhookEndpoints: 10,
    },
  },
  enterprise: {
    maxConcurrentCalls: 1000,
    monthlyCallLimit: null,
    compliance: true,
    hipaaRecordingRetentionDays: 90,
    hotWindowDays: 400,
    subaccounts: 250,
    deletionGraceDays: 30,
    quotas: {
      agents: 2_500,
      files: 20_000,
      fileBytes: 100_000 * MB,
      testWebhooksPerMinute: 60,
      webhookEndpoints: 50,
    },
  },
};

export const quotasOf = (plan: BillingPlan): Quotas => PLANS[plan].quotas;

/** The most days a tenant may have its deletion wait. */
export const MAX_DELETION_GRACE_DAYS = 30;

/** The days a tenant's deletion waits: its own setting, or its plan's default. */
export const deletionGraceDaysOf = (tenant: {
  billingPlan: BillingPlan;
  deletionGraceDays: number | null;
}) => tenant.deletionGraceDays ?? PLANS[tenant.billingPlan].deletionGraceDays;

/** What a tenant starts with at signup: the smallest plan, small limits, every feature off. */
export const SIGNUP_PLAN = {
  billingPlan: "starter",
  maxConcurrentCalls: 2,
  monthlyCallLimit: 100,
} as const;

export type PlanSettings = {
  billing_plan: BillingPlan;
  max_concurrent_calls: number;
  monthly_call_limit: number;
  hipaa_enabled: boolean;
  pci_enabled: boolean;
};

/**
 * The rules a plan imposes on the settings as they would be after a change. A change that breaks
 * one is refused, naming the rule; nothing is clamped silently.
 */
export function planViolations(settings: PlanSettings): ValidationIssue[] {
  const plan = PLANS[settings.billing_plan];
  const issues: ValidationIssue[] = [];
  if (settings.max_concurrent_calls > plan.maxConcurrentCalls) {
    issues.push({
      loc: ["body", "max_concurrent_calls"],
      msg: `max_concurrent_calls ${settings.max_concurrent_calls} exceeds the ${settings.billing_plan} plan's cap of ${plan.maxConcurrentCalls}; lower it or choose a larger plan`,
      type: "plan_limit_exceeded",
    });
  }
  if (plan.monthlyCallLimit !== null && settings.monthly_call_limit > plan.monthlyCallLimit) {
    issues.push({
      loc: ["body", "monthly_call_limit"],
      msg: `monthly_call_limit ${settings.monthly_call_limit} exceeds the ${settings.billing_plan} plan's cap of ${plan.monthlyCallLimit}; lower it or choose a larger plan`,
      type: "plan_limit_exceeded",
    });
  }
  for (const field of ["hipaa_enabled", "pci_enabled"] as const) {
    if (settings[field] && !plan.compliance) {
      issues.push({
        loc: ["body", field],
        msg: `${field} requires the enterprise plan`,
        type: "plan_feature_unavailable",
      });
    }
  }
  return issues;
}

/** The compliance settings as they would be after a change, and the ones the change sends. */
export type ComplianceSettings = {
  recording_enabled: boolean;
  hipaa_enabled: boolean;
  pci_enabled: boolean;
  recording_retention_days: number | null;
};

/**
 * The rules HIPAA and PCI impose: a PCI tenant stores no call audio, so `recording_enabled` and
 * `pci_enabled` are never both on after a change that sets either (named: the field or fields
 * the change turns on; a row stored with both on is not held up in unrelated changes); a HIPAA
 * tenant keeps recordings for a bounded time, so `recording_retention_days` is never null while
 * `hipaa_enabled` is on (`plan` is the plan after the change).
 */
export function complianceViolations(
  plan: BillingPlan,
  after: ComplianceSettings,
  sent: Partial<ComplianceSettings>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const touchesPci = sent.recording_enabled !== undefined || sent.pci_enabled !== undefined;
  if (touchesPci && after.recording_enabled && after.pci_enabled) {
    for (const field of ["recording_enabled", "pci_enabled"] as const) {
      if (sent[field] !== true) continue;
      issues.push({
        loc: ["body", field],
        msg: "A tenant with pci_enabled stores no call recordings: recording_enabled and pci_enabled cannot both be true",
        type: "pci_forbids_recording",
      });
    }
  }
  // Without HIPAA on the plan, the plan rule already refuses the change.
  if (PLANS[plan].compliance && after.hipaa_enabled && after.recording_retention_days === null) {
    issues.push({
      loc: ["body", "recording_retention_days"],
      msg: "A tenant with hipaa_enabled keeps recordings for a bounded time: recording_retention_days cannot be null",
      type: "hipaa_requires_retention",
    });
  }
  return issues;
}

/**
 * The retention a change leaves a tenant with when it would be HIPAA without one and does not
 * send one: the plan's HIPAA default. Undefined when the change needs no default.
 */
export function hipaaRetentionDefault(
  plan: BillingPlan,
  after: Pick<ComplianceSettings, "hipaa_enabled" | "recording_retention_days">,
  sent: Partial<ComplianceSettings>,
): number | undefined {
  if (!after.hipaa_enabled || after.recording_retention_days !== null) return undefined;
  if (sent.recording_retention_days !== undefined) return undefined;
  return PLANS[plan].hipaaRecordingRetentionDays ?? undefined;
}
