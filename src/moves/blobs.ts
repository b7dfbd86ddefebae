import type { MoveTally } from "../db/control-schema";
import { tenantBlobPrefix } from "../deletion/blob-listing";
import { addToTally } from "./rows";

/** Objects a step copies at most, a few at a time. */
export const OBJECTS_PER_MOVE_STEP = 50;
const COPIES_IN_FLIGHT = 5;

/** One object, streamed from one bucket into the other, with its metadata. */
async function copyObject(from: R2Bucket, to: R2Bucket, key: string) {
  const object = await from.get(key);
  if (!object) return false;
  const { readable, writable } = new FixedLengthStream(object.size);
  await Promise.all([
    object.body.pipeTo(writable),
    to.put(key, readable, {
      httpMetadata: object.httpMetadata,
      customMetadata: object.customMetadata,
    }),
  ]);
  return true;
}

/**
 * Copies a page of the tenant's objects, in key order after `cursor`, to the other region's
 * bucket under the same keys. Copying one again (a repeated step) writes the same bytes.
 */
export async function copyObjectPage(
  from: R2Bucket,
  to: R2Bucket,
  tenantId: string,
  cursor: string | undefined,
): Promise<{ copied: number; cursor: string | undefined }> {
  const listing = await from.list({
    prefix: tenantBlobPrefix(tenantId),
    limit: OBJECTS_PER_MOVE_STEP,
    cursor,
  });
  const keys = listing.objects.map((object) => object.key);
  let copied = 0;
  for (let i = 0; i < keys.length; i += COPIES_IN_FLIGHT) {
    const done = await Promise.all(
      keys.slice(i, i + COPIES_IN_FLIGHT).map((key) => copyObject(from, to, key)),
    );
    copied += done.filter(Boolean).length;
  }
  return { copied, cursor: listing.truncated ? listing.cursor : undefined };
}

/** A page of the tenant's objects in `bucket` added to a tally of their keys and sizes. */
export async function tallyObjectPage(
  bucket: R2Bucket,
  tenantId: string,
  tally: MoveTally,
  cursor: string | undefined,
): Promise<{ tally: MoveTally; cursor: string | undefined }> {
  const listing = await bucket.list({ prefix: tenantBlobPrefix(tenantId), cursor });
  const rows = listing.objects.map((object) => [object.key, object.size]);
  return {
    tally: await addToTally(tally, rows),
    cursor: listing.truncated ? listing.cursor : undefined,
  };
}
