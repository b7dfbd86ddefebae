import type { Actor } from "../activity/queries";
import { servedHere, TenantNotInCell } from "../cells/routing";
import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import {
  ApiError,
  tenantDeleting,
  tenantDeletionScheduled,
  tenantMoving,
  ValidationError,
} from "../errors";
import { ifMatchHolds } from "../lib/entity-tags";
import { type FamilyLimits, familyLimitIssues, familyLimitsHold } from "../subaccounts/limits";
import { type DeliveryMessage, prepareEvent, sendDeliveries } from "../webhooks/emit";
import { findTenant, type TenantPatch, updateTenantAtVersion } from "./queries";
import { etagOf, type TenantUpdate } from "./schemas";
import { checkTenantUpdate, planTenantUpdate, withImpliedSettings } from "./update";

const MAX_ATTEMPTS = 3;

/** The limits and plan after the patch, when it changes any: the family's rules then apply. */
function familyLimitsAfter(current: TenantRow, patch: TenantPatch): FamilyLimits | undefined {
  if (
    patch.billingPlan === undefined &&
    patch.maxConcurrentCalls === undefined &&
    patch.monthlyCallLimit === undefined
  ) {
    return undefined;
  }
  return {
    billingPlan: patch.billingPlan ?? current.billingPlan,
    maxConcurrentCalls: patch.maxConcurrentCalls ?? current.maxConcurrentCalls,
    monthlyCallLimit: patch.monthlyCallLimit ?? current.monthlyCallLimit,
  };
}

const stale = () =>
  new ApiError(412, "precondition_failed", "The tenant changed since it was read; fetch it again");

export type AppliedUpdate = {
  tenant: TenantRow;
  /** A webhook secret this update generated, to be shown once; null otherwise. */
  generatedWebhookSecret: string | null;
};

/**
 * Optimistic concurrency: every write is guarded by the version it was computed from. With
 * `If-Match` a lost race is the client's 412; without it, the update is recomputed on the fresh row.
 * A change is reported by a `tenant.updated` webhook naming the fields that changed.
 */
export async function applyTenantUpdate(
  db: Db,
  actor: Actor,
  tenant: TenantRow,
  update: TenantUpdate,
  options: {
    ifMatch: string | undefined;
    environment: string;
    keys: string;
    deliveries: Queue<DeliveryMessage>;
  },
): Promise<AppliedUpdate> {
  let current = tenant;
  for (let attempt = 1; ; attempt++) {
    if (options.ifMatch !== undefined && !ifMatchHolds(options.ifMatch, etagOf(current))) {
      throw stale();
    }
    const complete = withImpliedSettings(current, update);
    checkTenantUpdate(current, complete, options.environment);
    const { patch, changes, generatedWebhookSecret } = await planTenantUpdate(
      current,
      complete,
      options.keys,
    );
    if (Object.keys(changes).length === 0) return { tenant: current, generatedWebhookSecret };
    const delivery = prepareEvent({ ...current, ...patch }, "tenant.updated", {
      changed_fields: Object.keys(changes),
    });
    const family = familyLimitsAfter(current, patch);
    const updated = await updateTenantAtVersion(
      db,
      actor,
      current,
      patch,
      { action: "tenant.updated", changes },
      delivery,
      family && familyLimitsHold(family),
    );
    if (updated) {
      await sendDeliveries(db, options.deliveries, [delivery]);
      return { tenant: updated, generatedWebhookSecret };
    }
    // Why the write lost: a deletion or a move began (the write fence would refuse the retry's
    // write too; the re-read says so sooner), or another change.
    const fresh = await findTenant(db, tenant.id);
    if (!fresh || !servedHere(fresh.status)) throw new TenantNotInCell(tenant.id);
    if (fresh.status === "deleting") throw tenantDeleting(fresh.id);
    if (fresh.status === "moving") throw tenantMoving();
    if (fresh.status === "deletion_scheduled") throw tenantDeletionScheduled(fresh.id);
    if (family) {
      const issues = await familyLimitIssues(db, fresh, family);
      if (issues.length > 0) throw new ValidationError(issues);
    }
    if (options.ifMatch !== undefined) throw stale();
    if (attempt === MAX_ATTEMPTS) {
      throw new ApiError(409, "conflict", "The tenant is being changed concurrently; try again");
    }
    current = fresh;
  }
}
