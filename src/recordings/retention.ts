import type { Actor } from "../activity/queries";
import type { CellSweepDeps } from "../cells/sweep-deps";
import type { Db } from "../db/client";
import { fenceRefusal } from "../db/errors";
import { newId } from "../lib/ids";
import { clearRecordingStatements, expiredRecordings } from "./queries";

// Recordings per step: one select, one R2 delete of as many keys (R2 takes up to 1000), and one
// batch of two statements each. Two steps keep a run at 202 D1 statements, well inside the 1000
// queries of one invocation that every sweep of the Cron Trigger shares; a larger backlog is
// finished by the next runs.
export const RETENTION_STEP_SIZE = 50;
export const RETENTION_MAX_STEPS = 2;

export const RETENTION_ACTOR_ID = "system:recording-retention";

/**
 * Removes recordings older than their tenant's `recording_retention_days`, counted from the
 * call's start, in bounded steps: each step deletes the objects from R2, then clears their
 * metadata (guarded by the key read, with a `recording.expired` entry each) in one batch, by the
 * same statements as `DELETE …/recording`. A run that dies between the two leaves the metadata
 * in place, so the next run deletes the (already absent) objects again and clears it; a
 * duplicate run's clears find nothing to clear and log nothing. Tenants being deleted are left to
 * their deletion. Returns how many recordings this run removed.
 */
export async function expireRecordings(db: Db, bucket: R2Bucket, now = new Date()) {
  const at = now.toISOString();
  const actor: Actor = {
    actorId: RETENTION_ACTOR_ID,
    requestId: newId(),
    ip: null,
    userAgent: null,
  };
  let removed = 0;
  for (let step = 0; step < RETENTION_MAX_STEPS; step++) {
    const expired = await expiredRecordings(db, at, RETENTION_STEP_SIZE);
    if (expired.length === 0) break;
    await bucket.delete(expired.map((recording) => recording.key));
    const statements = expired.flatMap((recording) =>
      clearRecordingStatements(db, actor, recording, "recording.expired", at),
    );
    try {
      const results = await db.batch(statements as [(typeof statements)[number]]);
      // Results alternate: the clear's returned rows, then its entry.
      removed += results.filter((rows, i) => i % 2 === 0 && (rows as unknown[]).length > 0).length;
    } catch (error) {
      // A tenant of this step began its deletion since the select: the next run leaves it out.
      if (!fenceRefusal(error)) throw error;
      break;
    }
    if (expired.length < RETENTION_STEP_SIZE) break;
  }
  return removed;
}

/** The Cron Trigger's sweep of a cell: recordings past their tenant's retention are removed. */
export async function sweepExpiredRecordings({ db, blobs }: CellSweepDeps, now: Date) {
  const removed = await expireRecordings(db, blobs, now);
  if (removed > 0)
    console.log(JSON.stringify({ level: "info", sweep: "expired_recordings", removed }));
  return removed;
}
