import { and, count, eq, gt, isNotNull, not, sql } from "drizzle-orm";
import { UPLOAD_LOOK_SECONDS } from "../blobs/upload-registry";
import type { Db } from "../db/client";
import { qualified } from "../db/qualified";
import {
  blobUploads,
  type DeletionJobRow,
  deletionJobs,
  sessions,
  tenants,
  webhookAttempts,
  webhookDeliveries,
} from "../db/schema";
import { tenantTables } from "../db/tenant-tables";
import { nowIso } from "../lib/ids";
import { listKeys, tenantBlobPrefix } from "./blob-listing";
import { atStep } from "./jobs";
import { countTenantRows } from "./preview";
import {
  chunkedTables,
  DONE_STAGE,
  deletesBlobs,
  firstStage,
  LAST_STEP_TABLES,
  stageAfter,
  TENANT_STAGE,
} from "./stages";
import type { DeletionDeps, StepOutcome } from "./step";
import { addCount, progress, stillAtStep } from "./step-writes";

/** How often a parent's deletion looks whether its sub-accounts are gone. */
const SUBACCOUNT_LOOK_SECONDS = 5;

/**
 * What the last step waits for, in one read: uploads that may still store an object, and the
 * tenant's sub-accounts (a parent goes after them).
 */
const uploadsAndSubaccounts = (db: Db, tenantId: string, now: string) =>
  db
    .select({
      count: count(),
      subaccounts: sql<number>`(SELECT count(*) FROM ${tenants} AS kin
        WHERE kin.parent_id = ${tenantId})`,
    })
    .from(blobUploads)
    .where(and(eq(blobUploads.tenantId, tenantId), gt(blobUploads.deadlineAt, now)))
    .get();

/** Anything of the tenant's written after its stage went by, by a request already in flight. */
async function anythingLeft({ db, blobs, skipped }: DeletionDeps, job: DeletionJobRow) {
  const rows = await countTenantRows(db, job.tenantId, chunkedTables());
  if (Object.values(rows).some((count) => count > 0)) return true;
  if (!deletesBlobs(skipped)) return false;
  return (await listKeys(blobs, tenantBlobPrefix(job.tenantId), 1)).keys.length > 0;
}

/** The job's requesting session is live at `now`: not logged out, not expired. */
const liveSession = (now: number) =>
  sql`EXISTS (SELECT 1 FROM ${sessions} WHERE ${sessions.id} = ${qualified(deletionJobs.requestedSession)}
    AND ${sessions.revokedAt} IS NULL AND ${sessions.expiresAt} > ${new Date(now).toISOString()})`;

/** Records a step that changes nothing but the stage: the job is alive while it waits. */
const recordStep = (deps: DeletionDeps, job: DeletionJobRow, stage: string) =>
  deps.db
    .update(deletionJobs)
    .set({ ...progress(job), stage })
    .where(atStep(job))
    .returning();

/**
 * The last step in the cell. While an upload that started before the deletion may still store
 * an object, it waits (each look a recorded step, so the stall sweep leaves it alone); then it
 * proves the tenant's rows and prefix empty (or starts over where something was written behind
 * it) and deletes the tenant and its uploads' registrations. A deletion goes on to its receipt;
 * what a move left behind is done, and its job goes with the tenant's row.
 */
export async function deleteTenantRow(
  deps: DeletionDeps,
  job: DeletionJobRow,
): Promise<StepOutcome> {
  const { db } = deps;
  const now = Date.now();
  const next = stageAfter(TENANT_STAGE, deps.skipped);
  const done = next === DONE_STAGE;
  const uploads = await uploadsAndSubaccounts(db, job.tenantId, new Date(now).toISOString());
  // A parent's receipt comes after its sub-accounts': their own deletions run meanwhile.
  if (!done && uploads && uploads.subaccounts > 0) {
    const [waited] = await recordStep(deps, job, TENANT_STAGE);
    return waited && { job: waited, delaySeconds: SUBACCOUNT_LOOK_SECONDS };
  }
  if (uploads && uploads.count > 0) {
    const [waited] = await recordStep(deps, job, TENANT_STAGE);
    return waited && { job: waited, delaySeconds: UPLOAD_LOOK_SECONDS };
  }
  if (await anythingLeft(deps, job)) {
    const [restarted] = await recordStep(deps, job, firstStage(deps.skipped));
    return restarted && { job: restarted };
  }
  const guarded = stillAtStep(job);
  const lastTables = tenantTables().filter((owned) => LAST_STEP_TABLES.includes(owned.table));
  const results = await db.batch([
    // The session the deletion was requested with reads the receipt once the tenant is gone
    // (src/access/gate.ts): only if it is still live as the tenant's sessions go.
    db
      .update(deletionJobs)
      .set({ requestedSession: null })
      .where(and(atStep(job), isNotNull(deletionJobs.requestedSession), not(liveSession(now)))),
    // Deliveries a request still in flight wrote after the check just above.
    db.delete(webhookAttempts).where(and(eq(webhookAttempts.tenantId, job.tenantId), guarded)),
    db.delete(webhookDeliveries).where(and(eq(webhookDeliveries.tenantId, job.tenantId), guarded)),
    // The uploads' registrations, and the users' memberships and sessions, each counted.
    ...lastTables.flatMap((owned) => [
      db.delete(owned.table).where(and(sql`${owned.tenantId} = ${job.tenantId}`, guarded)),
      db
        .update(deletionJobs)
        .set({ counts: addCount(owned.name, sql`changes()`) })
        .where(atStep(job)),
    ]),
    db.delete(tenants).where(and(eq(tenants.id, job.tenantId), guarded)),
    db
      .update(deletionJobs)
      .set({
        ...progress(job),
        counts: addCount("tenants", sql`changes()`),
        stage: next,
        ...(done && { status: "completed" as const, completedAt: nowIso() }),
      })
      .where(atStep(job))
      .returning(),
    // What a move left behind keeps no job: nothing of the tenant stays in this cell.
    ...(done ? [db.delete(deletionJobs).where(eq(deletionJobs.id, job.id))] : []),
  ]);
  const [advanced] = results[4 + 2 * lastTables.length] as DeletionJobRow[];
  return advanced && { job: advanced };
}
