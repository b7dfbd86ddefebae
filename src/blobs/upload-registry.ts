import { and, count, eq, gt, max, min } from "drizzle-orm";
import type { Db } from "../db/client";
import { blobUploads } from "../db/schema";
import { newId } from "../lib/ids";

/**
 * No upload runs longer: it is cut off then (408), so a deletion waiting for the uploads in
 * flight waits at most this long, even for one whose Worker died mid-way.
 */
export const MAX_UPLOAD_SECONDS = 600;

/**
 * A job waiting for the uploads in flight (a deletion's last step, a move's fence) looks again
 * this often, not at their deadline: an upload's registration ends with it, stored or refused,
 * so the job goes on within seconds of the last one's end.
 */
export const UPLOAD_LOOK_SECONDS = 5;

export type UploadRegistration = { id: string; tenantId: string; deadline: Date };

/**
 * Registers an upload before its first byte is stored. The write fence refuses it for a tenant
 * being deleted (409), so no upload can start once a deletion has; every one that started before
 * is registered, and the deletion waits for it.
 */
export async function registerUpload(
  db: Db,
  tenantId: string,
  r2Key: string,
  now = new Date(),
): Promise<UploadRegistration> {
  const id = newId();
  const deadline = new Date(now.getTime() + MAX_UPLOAD_SECONDS * 1000);
  await db.insert(blobUploads).values({
    id,
    tenantId,
    r2Key,
    startedAt: now.toISOString(),
    deadlineAt: deadline.toISOString(),
  });
  return { id, tenantId, deadline };
}

/** The registration's end, for the batch that records what the upload stored. */
export const endUpload = (db: Db, registration: UploadRegistration) =>
  db.delete(blobUploads).where(eq(blobUploads.id, registration.id));

/** The tenant's uploads that may still store an object: how many, and when the last is over. */
export const uploadsInFlight = (db: Db, tenantId: string, now: string) =>
  db
    .select({
      count: count(),
      soonestDeadline: min(blobUploads.deadlineAt),
      lastDeadline: max(blobUploads.deadlineAt),
    })
    .from(blobUploads)
    .where(and(eq(blobUploads.tenantId, tenantId), gt(blobUploads.deadlineAt, now)))
    .get();
