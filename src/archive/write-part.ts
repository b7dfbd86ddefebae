import { registerUpload } from "../blobs/upload-registry";
import type { Db } from "../db/client";
import { archivedTables } from "./catalog";
import { encodePart, sha256Of } from "./ndjson";
import { type ArchivePartRow, completePart, dropPendingPart, findPart, partKey } from "./parts";

export type ArchiveDeps = { db: Db; bucket: R2Bucket };

/** How a pending part ended: archived, archived by another run, or given up and planned anew. */
export type PartOutcome = "complete" | "completed_elsewhere" | "dropped";

/** The stored object read back: the same bytes, or the part does not complete. */
async function verifyStored(bucket: R2Bucket, key: string, sha256: string, bytes: number) {
  const stored = await bucket.get(key);
  if (!stored) throw new Error(`archive part ${key} is missing after its write`);
  const body = new Uint8Array(await stored.arrayBuffer());
  if (body.byteLength !== bytes || (await sha256Of(body)) !== sha256) {
    throw new Error(`archive part ${key} does not read back as written`);
  }
}

/**
 * Finishes a pending part: registers the write (refused once the tenant is being deleted, and
 * waited for by a deletion that began before), reads its rows as planned, writes them to R2,
 * reads the object back and checks its SHA-256, then completes the part and deletes the rows in
 * one batch. Every step can be repeated: a run that dies anywhere leaves the part pending and its
 * rows in D1, and the next run writes the same bytes to the same key. Rows changed since the
 * part was planned (a recording added to an old call, a delivery sent again) drop the part; they
 * stay in D1 and are planned again.
 */
export async function writePart(
  { db, bucket }: ArchiveDeps,
  part: ArchivePartRow,
  now: Date,
): Promise<PartOutcome> {
  const owned = archivedTables()[part.tableName];
  const key = partKey(part);
  const registration = await registerUpload(db, part.tenantId, key, now);
  const ids = JSON.stringify(part.rowIds ?? []);
  const items = await owned.read(db, part.tenantId, ids, part.plannedAt);
  if (items.length === part.rows) {
    const encoded = await encodePart(items);
    await bucket.put(key, encoded.body, {
      sha256: encoded.sha256,
      httpMetadata: { contentType: "application/x-ndjson", contentEncoding: "gzip" },
      customMetadata: { rows: String(part.rows) },
    });
    await verifyStored(bucket, key, encoded.sha256, encoded.body.byteLength);
    if (await completePart(db, owned, part, encoded, registration, now.toISOString())) {
      return "complete";
    }
    if ((await findPart(db, part.id))?.status === "complete") return "completed_elsewhere";
  }
  if (await dropPendingPart(db, part, registration)) await bucket.delete(key);
  return "dropped";
}
