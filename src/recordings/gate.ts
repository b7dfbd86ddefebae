import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { requireFeature } from "../tenants/features";
import { findTenant } from "../tenants/queries";

const pciRefusal = () =>
  new ApiError(
    403,
    "pci_enabled",
    "This tenant has pci_enabled: call recordings are neither stored nor served",
  );

/**
 * Recordings are stored and served only for a tenant with `recording_enabled` and without
 * `pci_enabled`; PCI is checked first, since turning recording on would not help.
 */
export function requireRecordings(tenant: TenantRow): void {
  if (tenant.pciEnabled) throw pciRefusal();
  requireFeature(tenant, "recording");
}

/**
 * Why a recording's metadata write was refused, read afresh: the tenant switched PCI on or
 * recording off since the request began, or the call is gone.
 */
export async function recordingRefusal(db: Db, tenantId: string): Promise<Error> {
  const tenant = await findTenant(db, tenantId);
  if (!tenant) return notFound("Tenant");
  try {
    requireRecordings(tenant);
  } catch (refusal) {
    return refusal as Error;
  }
  return notFound("Call");
}
