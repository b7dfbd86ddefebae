import { uploadsInFlight } from "../blobs/upload-registry";
import type { Db } from "../db/client";
import type { DeletionJobRow } from "../db/schema";
import { isActive } from "../jobs/queries";
import { nowIso } from "../lib/ids";
import { pendingDeliveriesOf } from "../webhooks/queries";
import { FAREWELL_WINDOW_MS } from "./farewell";
import { FAREWELL_STAGE, TENANT_STAGE } from "./stages";

export type WaitingFor = {
  pending_deliveries: number;
  uploads_in_flight: number;
  next_attempt_at: string | null;
  gives_up_at: string;
};

/**
 * What a job in one of its waiting stages waits for: the tenant's last webhook deliveries (the
 * farewell), or uploads that may still store an object (the last step). Null otherwise.
 */
export async function waitingFor(db: Db, job: DeletionJobRow): Promise<WaitingFor | null> {
  if (!isActive(job)) return null;
  if (job.stage === FAREWELL_STAGE && job.farewellAt) {
    const pending = await pendingDeliveriesOf(db, job.tenantId);
    if (!pending?.count) return null;
    const givesUpAt = new Date(Date.parse(job.farewellAt) + FAREWELL_WINDOW_MS).toISOString();
    return {
      pending_deliveries: pending.count,
      uploads_in_flight: 0,
      next_attempt_at: pending.nextRetryAt,
      gives_up_at: givesUpAt,
    };
  }
  if (job.stage === TENANT_STAGE) {
    const uploads = await uploadsInFlight(db, job.tenantId, nowIso());
    if (!uploads?.count || !uploads.lastDeadline) return null;
    return {
      pending_deliveries: 0,
      uploads_in_flight: uploads.count,
      next_attempt_at: null,
      gives_up_at: uploads.lastDeadline,
    };
  }
  return null;
}
