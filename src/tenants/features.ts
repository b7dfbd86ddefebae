import type { TenantRow } from "../db/schema";
import { ApiError } from "../errors";

/** Tenant features that gate routes: the flag that enables each, and the 403 when it is off. */
const FEATURES = {
  sip: { flag: "sipEnabled", code: "sip_disabled", setting: "sip_enabled" },
  recording: { flag: "recordingEnabled", code: "recording_disabled", setting: "recording_enabled" },
  analytics: { flag: "analyticsEnabled", code: "analytics_disabled", setting: "analytics_enabled" },
} as const satisfies Record<string, { flag: keyof TenantRow; code: string; setting: string }>;

export type Feature = keyof typeof FEATURES;

/** Throws 403 with the feature's code unless the tenant has it enabled. */
export function requireFeature(tenant: TenantRow, feature: Feature): void {
  const { flag, code, setting } = FEATURES[feature];
  if (!tenant[flag]) {
    throw new ApiError(
      403,
      code,
      `This tenant does not have ${feature} enabled; set ${setting} to true on the tenant first`,
    );
  }
}
