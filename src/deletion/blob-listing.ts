/** Every object a tenant owns lives under this prefix: files, recordings, anything added later. */
export const tenantBlobPrefix = (tenantId: string) => `tenants/${tenantId}/`;

/** R2 deletes at most 1000 keys per call, and lists at most 1000 per page. */
export const MAX_KEYS_PER_DELETE = 1000;
// A page may hold fewer keys than asked for; a few more pages fill the step.
const MAX_PAGES_PER_LISTING = 5;

/**
 * Up to `max` keys under `prefix`, following the listing's cursor. `more` says whether keys may
 * remain beyond them.
 */
export async function listKeys(
  bucket: R2Bucket,
  prefix: string,
  max: number,
): Promise<{ keys: string[]; more: boolean }> {
  const keys: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES_PER_LISTING && keys.length < max; page++) {
    const listing = await bucket.list({ prefix, limit: max - keys.length, cursor });
    keys.push(...listing.objects.map((object) => object.key));
    if (!listing.truncated) return { keys, more: false };
    cursor = listing.cursor;
  }
  return { keys, more: true };
}

/** How many objects are under `prefix`, listing at most `maxPages` pages. */
export async function countKeys(bucket: R2Bucket, prefix: string, maxPages: number) {
  let count = 0;
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const listing = await bucket.list({ prefix, cursor });
    count += listing.objects.length;
    if (!listing.truncated) return { count, complete: true };
    cursor = listing.cursor;
  }
  return { count, complete: false };
}
