import type { Db } from "../db/client";
import { putStreamed, type Stored, type Upload } from "./upload";
import { endUpload, registerUpload } from "./upload-registry";

type EndOfUpload = ReturnType<typeof endUpload>;

function logCleanupFailure(key: string, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(JSON.stringify({ level: "error", event: "upload_cleanup_failed", key, reason }));
}

/**
 * Stores an upload at `key` and records it with `record`, whose batch must hold `end` (the
 * upload's registration coming off). The upload is registered first, so a deletion waits for it;
 * if the record is refused (the write fence, a quota, the row gone), the object is deleted before
 * the error is answered, and only then the registration ends. Nothing stored outlives a refused
 * record: should this Worker die in between, the registration outlives it until its deadline and
 * the deletion lists the prefix again after that.
 */
export async function storeUpload<T>(
  deps: { db: Db; bucket: R2Bucket },
  target: { tenantId: string; key: string },
  upload: Upload,
  record: (stored: Stored, end: EndOfUpload) => Promise<T>,
): Promise<T> {
  const { db, bucket } = deps;
  const registration = await registerUpload(db, target.tenantId, target.key);
  let stored: Stored | undefined;
  try {
    stored = await putStreamed(bucket, target.key, upload, registration.deadline);
    return await record(stored, endUpload(db, registration));
  } catch (error) {
    try {
      if (stored) await bucket.delete(target.key);
      await endUpload(db, registration);
    } catch (cleanup) {
      logCleanupFailure(target.key, cleanup);
    }
    throw error;
  }
}
