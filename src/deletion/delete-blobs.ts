import { type DeletionJobRow, deletionJobs } from "../db/schema";
import { nowIso } from "../lib/ids";
import { listKeys, MAX_KEYS_PER_DELETE, tenantBlobPrefix } from "./blob-listing";
import { atStep } from "./jobs";
import { BLOBS_STAGE, stageAfter } from "./stages";
import type { DeletionDeps } from "./step";
import { addCount, progress } from "./step-writes";

/**
 * Deletes up to a thousand of the tenant's objects. R2 and D1 share no transaction, so the keys
 * are recorded on the job before they are deleted: a step that dies after the delete is retried
 * on the same keys (deleting them again does no harm) and counts them then, so the receipt counts
 * every object exactly once, across a crash too.
 */
export async function deleteBlobPage({ db, blobs, skipped }: DeletionDeps, job: DeletionJobRow) {
  let keys = job.pendingBlobKeys;
  // A retried step does not know whether more keys follow; the next step lists and finds out.
  let more = true;
  if (keys === null) {
    const listing = await listKeys(blobs, tenantBlobPrefix(job.tenantId), MAX_KEYS_PER_DELETE);
    ({ keys, more } = listing);
    if (keys.length > 0) {
      const [recorded] = await db
        .update(deletionJobs)
        .set({ pendingBlobKeys: keys, updatedAt: nowIso() })
        .where(atStep(job))
        .returning({ id: deletionJobs.id });
      if (!recorded) return undefined;
    }
  }
  if (keys.length > 0) await blobs.delete(keys);
  const [advanced] = await db
    .update(deletionJobs)
    .set({
      ...progress(job),
      pendingBlobKeys: null,
      counts: addCount(BLOBS_STAGE, keys.length),
      stage: more ? BLOBS_STAGE : stageAfter(BLOBS_STAGE, skipped),
    })
    .where(atStep(job))
    .returning();
  return advanced;
}
