import { integer, text } from "drizzle-orm/sqlite-core";
import { jobRunColumns } from "./job-run-columns";

/**
 * Why a cell runs a deletion job: a tenant deleted for good; or what a tenant left in the cell it
 * moved out of, its rows and its objects (it changed region, and bucket), or its rows alone (its
 * objects stay where they are, in the same region's bucket).
 */
export const DELETION_PURPOSES = ["deletion", "move_source", "move_source_rows"] as const;
export type DeletionPurpose = (typeof DELETION_PURPOSES)[number];

/**
 * The columns of a deletion job, shared by the job a cell runs (`deletion_jobs`) and the receipt
 * the control plane keeps once it is done (`deletion_receipts`): the same row, in both places.
 */
export const deletionJobColumns = () => ({
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  requestedBy: text("requested_by").notNull(),
  // The session the deletion was requested with, while it is live: once the tenant and its
  // sessions are gone, an access token of this session (and no other) still reads the receipt
  // until it expires (src/access/gate.ts). Null for a platform admin's request or a session
  // that ended before the tenant went.
  requestedSession: text("requested_session"),
  purpose: text("purpose", { enum: DELETION_PURPOSES }).notNull().default("deletion"),
  status: text("status", { enum: ["pending", "running", "completed", "failed"] }).notNull(),
  stage: text("stage").notNull(),
  // The number of the step the job expects next: a queue message carrying any other number is
  // a duplicate or stale delivery and is ignored, so the chain of steps never forks.
  step: integer("step").notNull().default(0),
  counts: text("counts", { mode: "json" }).$type<Record<string, number>>().notNull(),
  ...jobRunColumns(),
  // When a grace period held the deletion back: the time it was scheduled for. Null when it ran
  // at once.
  scheduledFor: text("scheduled_for"),
  // When `tenant.deleted` was queued: the tenant's last deliveries have a while from then.
  farewellAt: text("farewell_at"),
  // The R2 keys the current step deletes, recorded before it deletes them: a step that dies
  // between the delete and recording it is retried on these very keys, and counts them.
  pendingBlobKeys: text("pending_blob_keys", { mode: "json" }).$type<string[]>(),
});
