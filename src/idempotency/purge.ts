import type { CellSweepDeps } from "../cells/sweep-deps";
import { purgeExpiredKeys } from "./queries";

// Rows per statement and statements per run: a run stays far inside the per-invocation limits,
// and a larger backlog is finished by the next runs.
export const PURGE_BATCH_SIZE = 500;
export const PURGE_MAX_BATCHES = 4;

/**
 * The Cron Trigger's sweep of a cell: stored responses past their 24 hours are deleted, a bounded
 * few a run.
 */
export async function purgeExpiredIdempotencyKeys({ db }: CellSweepDeps, now: Date) {
  const before = now.toISOString();
  let purged = 0;
  for (let batch = 0; batch < PURGE_MAX_BATCHES; batch++) {
    const deleted = await purgeExpiredKeys(db, before, PURGE_BATCH_SIZE);
    purged += deleted;
    if (deleted < PURGE_BATCH_SIZE) break;
  }
  if (purged > 0) {
    console.log(JSON.stringify({ level: "info", sweep: "expired_idempotency_keys", purged }));
  }
  return purged;
}
