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
};

type Plan = {
  maxConcurrentCalls: number;
  /** Null: no monthly cap. */
  monthlyCallLimit: number | null;
  /** HIPAA and PCI compliance may be enabled. */
  compliance: boolean;
  quotas: Quotas;
};

const MB = 1024 * 1024;

/** The plan catalog: the one place the caps and quotas live. */
export const PLANS: Record<BillingPlan, Plan> = {
  starter: {
    maxConcurrentCalls: 10,
    monthlyCallLimit: 10_000,
    compliance: false,
    quotas: { agents: 25, files: 100, fileBytes: 500 * MB, testWebhooksPerMinute: 10 },
  },
  business: {
    maxConcurrentCalls: 100,
    monthlyCallLimit: 100_000,
    compliance: false,
    quotas: { agents: 250, files: 2_000, fileBytes: 10_000 * MB, testWebhooksPerMinute: 30 },
  },
  enterprise: {
    maxConcurrentCalls: 1000,
    monthlyCallLimit: null,
    compliance: true,
    quotas: { agents: 2_500, files: 20_000, fileBytes: 100_000 * MB, testWebhooksPerMinute: 60 },
  },
};

export const quotasOf = (plan: BillingPlan): Quotas => PLANS[plan].quotas;

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
