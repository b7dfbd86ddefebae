import type { Checkpoint } from "./chain";

const SEQ_DIGITS = 12;
const SEQ_CEILING = 10 ** SEQ_DIGITS;

const prefixOf = (tenantId: string) => `tenants/${tenantId}/audit/checkpoints/`;

/**
 * A checkpoint's object, under the tenant's prefix (exported, moved and deleted with its other
 * objects), named so that the newest sorts first: listing one key finds the latest.
 */
export const checkpointKey = (tenantId: string, seq: number) =>
  `${prefixOf(tenantId)}${String(SEQ_CEILING - seq).padStart(SEQ_DIGITS, "0")}.json`;

/** The tenant's latest checkpoint in R2, or null before its first sealing. */
export async function latestCheckpoint(
  blobs: R2Bucket,
  tenantId: string,
): Promise<Checkpoint | null> {
  const listed = await blobs.list({ prefix: prefixOf(tenantId), limit: 1 });
  const newest = listed.objects[0];
  if (!newest) return null;
  const object = await blobs.get(newest.key);
  return object ? ((await object.json()) as Checkpoint) : null;
}
