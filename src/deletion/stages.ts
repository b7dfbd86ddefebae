import { blobUploads, users, webhookAttempts, webhookDeliveries } from "../db/schema";
import { tenantTables } from "../db/tenant-tables";
import { once } from "../lib/once";

/** First, every R2 object under the tenant's prefix (also the name its count goes by). */
export const BLOBS_STAGE = "r2_objects";
/** `tenant.deleted` is queued, and the tenant's last webhook deliveries are given time to go. */
export const FAREWELL_STAGE = "webhook_farewell";
/**
 * Last, once no upload can still store an object, the tenant row with its users (the owner keeps
 * its account until the very end) and the ended uploads' registrations.
 */
export const TENANT_STAGE = "tenant";
export const DONE_STAGE = "done";

/** Emptied by the last step: the users log in until the end, the uploads are waited for. */
const LAST_STEP_TABLES: unknown[] = [users, blobUploads];

/** The tenant's tables that are emptied a chunk per step, children before parents. */
export const chunkedTables = once(() =>
  tenantTables().filter((owned) => !LAST_STEP_TABLES.includes(owned.table)),
);

/** The delivery log outlives the farewell, which writes to it and waits on it. */
const isDeliveryLog = ({ table }: { table: unknown }) =>
  table === webhookDeliveries || table === webhookAttempts;

/** A deletion job walks these stages in order; each takes as many steps as it needs. */
export const deletionStages = once(() => {
  const tables = chunkedTables();
  return [
    BLOBS_STAGE,
    ...tables.filter((owned) => !isDeliveryLog(owned)).map((owned) => owned.name),
    FAREWELL_STAGE,
    ...tables.filter(isDeliveryLog).map((owned) => owned.name),
    TENANT_STAGE,
  ];
});

export function stageAfter(stage: string): string {
  const stages = deletionStages();
  const index = stages.indexOf(stage);
  if (index < 0) throw new Error(`unknown deletion stage ${stage}`);
  return stages[index + 1] ?? DONE_STAGE;
}
