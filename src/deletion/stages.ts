import {
  blobUploads,
  members,
  sessions,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "../db/schema";
import { tenantTables } from "../db/tenant-tables";
import { once } from "../lib/once";

/** First, every R2 object under the tenant's prefix (also the name its count goes by). */
export const BLOBS_STAGE = "r2_objects";
/** `tenant.deleted` is queued, and the tenant's last webhook deliveries are given time to go. */
export const FAREWELL_STAGE = "webhook_farewell";
/**
 * Last in the cell, once no upload can still store an object, the tenant row and the ended
 * uploads' registrations.
 */
export const TENANT_STAGE = "tenant";
/**
 * Then, for a deletion, the control plane: the receipt is written, the owner's account and the
 * directory entry removed (the owner could log in until then), and the cell's job row goes.
 */
export const RECEIPT_STAGE = "receipt";
export const DONE_STAGE = "done";

/**
 * Emptied by the last step: the uploads are waited for, and the tenant's users keep their
 * memberships and sessions, to follow the deletion, until the very end. Their refresh tokens go a
 * chunk a step like the rest: one made after its chunk (a refresh) sends the cascade round again.
 */
export const LAST_STEP_TABLES: unknown[] = [blobUploads, members, sessions];

/** The tenant's tables that are emptied a chunk per step, children before parents. */
export const chunkedTables = once(() =>
  tenantTables().filter((owned) => !LAST_STEP_TABLES.includes(owned.table)),
);

/**
 * The delivery log outlives the farewell, which writes to it and waits on it, and so do the
 * endpoints it sends `tenant.deleted` to.
 */
const isDeliveryLog = ({ table }: { table: unknown }) =>
  table === webhookDeliveries || table === webhookAttempts || table === webhookEndpoints;

/** A deletion job walks these stages in order; each takes as many steps as it needs. */
export const deletionStages = once(() => {
  const tables = chunkedTables();
  return [
    BLOBS_STAGE,
    ...tables.filter((owned) => !isDeliveryLog(owned)).map((owned) => owned.name),
    FAREWELL_STAGE,
    ...tables.filter(isDeliveryLog).map((owned) => owned.name),
    TENANT_STAGE,
    RECEIPT_STAGE,
  ];
});

/**
 * The stages a job skips, by its purpose: a tenant's deletion skips none; who else runs the
 * deletion's stages (a move removing what it left behind) declares what it skips.
 */
export type SkippedStages = readonly string[];
export const TENANT_DELETION: SkippedStages = [];

/** Whether the job deletes the tenant's objects. */
export const deletesBlobs = (skipped: SkippedStages) => !skipped.includes(BLOBS_STAGE);

/** The job's first stage: where it starts, and starts over when something was written behind it. */
export const firstStage = (skipped: SkippedStages) =>
  deletionStages().find((stage) => !skipped.includes(stage)) ?? DONE_STAGE;

export function stageAfter(stage: string, skipped: SkippedStages): string {
  const stages = deletionStages();
  const index = stages.indexOf(stage);
  if (index < 0) throw new Error(`unknown deletion stage ${stage}`);
  return stages.slice(index + 1).find((next) => !skipped.includes(next)) ?? DONE_STAGE;
}
