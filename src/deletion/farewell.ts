import { type DeletionJobRow, deletionJobs } from "../db/schema";
import { waitSeconds } from "../jobs/wait";
import { findTenant } from "../tenants/queries";
import { prepareEvent, sendDeliveries } from "../webhooks/emit";
import {
  failPendingDeliveries,
  insertDeliveryIfChanged,
  pendingDeliveriesOf,
} from "../webhooks/queries";
import { atStep } from "./jobs";
import { FAREWELL_STAGE, stageAfter } from "./stages";
import type { DeletionDeps, StepOutcome } from "./step";
import { progress, stillAtStep } from "./step-writes";

/**
 * How long the tenant's last deliveries (`tenant.deleted` among them) may keep being retried
 * before the delivery log and the webhook secret go: the first five attempts of the webhook
 * retry schedule fit in it.
 */
export const FAREWELL_WINDOW_MS = 60 * 60_000;
/** Seconds until the next look: just after the soonest retry, within the window. */
const pollDelaySeconds = (nextRetryAt: string | null, deadline: number, now: number) =>
  waitSeconds(Math.min(nextRetryAt ? Date.parse(nextRetryAt) : now, deadline), now);

/**
 * The farewell stage, after everything else of the tenant is gone. Its first step queues
 * `tenant.deleted` (when the tenant wants it) as an ordinary delivery with the job's id, so it
 * is signed and retried like any other event. Each step then looks at the tenant's pending
 * deliveries: while some are left and the window is open, the job waits and looks again later;
 * then whatever is still pending is marked failed and the delivery log is deleted next.
 */
export async function bidFarewell(
  { db, webhooks, skipped }: DeletionDeps,
  job: DeletionJobRow,
): Promise<StepOutcome> {
  const farewell = job.farewellAt ? null : await prepareFarewell(db, job);
  const pending = await pendingDeliveriesOf(db, job.tenantId);
  const now = Date.now();
  const farewellAt = job.farewellAt ?? new Date(now).toISOString();
  const deadline = Date.parse(farewellAt) + FAREWELL_WINDOW_MS;
  const waiting = (farewell !== null || (pending?.count ?? 0) > 0) && now < deadline;

  const recordStep = db
    .update(deletionJobs)
    .set({
      ...progress(job),
      farewellAt,
      stage: waiting ? FAREWELL_STAGE : stageAfter(FAREWELL_STAGE, skipped),
    })
    .where(atStep(job))
    .returning();
  if (!waiting) {
    const [, [advanced]] = await db.batch([
      failPendingDeliveries(db, job.tenantId, "the tenant was deleted first", stillAtStep(job)),
      recordStep,
    ]);
    return advanced && { job: advanced };
  }
  const [[advanced]] = await db.batch([
    recordStep,
    ...(farewell ? [insertDeliveryIfChanged(db, farewell)] : []),
  ]);
  if (!advanced) return undefined;
  if (farewell) await sendDeliveries(db, webhooks, [farewell]);
  return {
    job: advanced,
    delaySeconds: pollDelaySeconds(pending?.nextRetryAt ?? null, deadline, now),
  };
}

async function prepareFarewell(db: DeletionDeps["db"], job: DeletionJobRow) {
  const tenant = await findTenant(db, job.tenantId);
  const delivery = tenant && prepareEvent(tenant, "tenant.deleted", { deletion_id: job.id });
  return delivery ? { ...delivery, id: job.id } : null;
}
