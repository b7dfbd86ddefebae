import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { DATA_REGIONS } from "../cells/regions";
import { deletionJobColumns } from "./deletion-columns";
import { jobRunColumns } from "./job-run-columns";
import { refreshTokenColumns, sessionColumns } from "./session-columns";

// The control plane: what is global, in the `DB` database. Tenants and what they own live in
// cells (src/db/schema.ts); nothing here has a foreign key into a cell.

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    // An owner's id equals its tenant's id; a member's tenant is the one that invited it (its
    // role there is in the tenant's cell); platform admins have no tenant.
    role: text("role", { enum: ["owner", "member", "platform_admin"] }).notNull(),
    tenantId: text("tenant_id"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("users_tenant_idx").on(t.tenantId)],
);

/**
 * Where each tenant lives: its cell and data region. `pending` from the signup's first write
 * until the cell holds the tenant (nobody can log in to it, and the sweep finishes or removes an
 * entry left pending); `active` after.
 */
export const tenantDirectory = sqliteTable(
  "tenant_directory",
  {
    tenantId: text("tenant_id").primaryKey(),
    cell: text("cell").notNull(),
    region: text("region", { enum: DATA_REGIONS }).notNull(),
    status: text("status", { enum: ["pending", "active"] }).notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    // Placement counts a cell's tenants; the admin's list walks them.
    index("tenant_directory_cell_idx").on(t.cell, t.tenantId),
    index("tenant_directory_pending_idx").on(t.createdAt).where(sql`status = 'pending'`),
  ],
);

/** Platform admins' login sessions: theirs are checked here, tenants' users' in their cell. */
export const adminSessions = sqliteTable(
  "admin_sessions",
  sessionColumns(() => text("tenant_id")),
  (t) => [index("admin_sessions_user_idx").on(t.userId)],
);

export const adminRefreshTokens = sqliteTable(
  "admin_refresh_tokens",
  refreshTokenColumns(() => text("tenant_id")),
  (t) => [index("admin_refresh_tokens_session_idx").on(t.sessionId)],
);

/** A completed deletion's receipt: the cell's job as it ended, kept after the tenant is gone. */
export const deletionReceipts = sqliteTable("deletion_receipts", deletionJobColumns(), (t) => [
  uniqueIndex("deletion_receipts_tenant_idx").on(t.tenantId),
]);

export const MOVE_STATUSES = ["pending", "running", "completed", "failed"] as const;

/**
 * Where a move's current stage is: the table, the side being verified, the last rowid done or an
 * R2 cursor, and the verification rounds gone by.
 */
export type MovePosition = {
  table?: string;
  side?: "source" | "target";
  after?: number;
  cursor?: string;
  tries?: number;
};

/** A table's (or the objects') count and order-free checksum on one side of a move. */
export type MoveTally = { rows: number; sum: string };

/**
 * Moving a tenant to another cell, a bounded step at a time (src/moves/): the source is fenced,
 * rows and objects copied, counts and checksums compared, the directory switched, then the source
 * removed by the deletion machinery.
 */
export const tenantMoves = sqliteTable(
  "tenant_moves",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    requestedBy: text("requested_by").notNull(),
    fromCell: text("from_cell").notNull(),
    toCell: text("to_cell").notNull(),
    fromRegion: text("from_region", { enum: DATA_REGIONS }).notNull(),
    toRegion: text("to_region", { enum: DATA_REGIONS }).notNull(),
    status: text("status", { enum: MOVE_STATUSES }).notNull(),
    stage: text("stage").notNull(),
    // As for deletions: the step the job expects next; any other message is stale.
    step: integer("step").notNull().default(0),
    position: text("position", { mode: "json" }).$type<MovePosition>().notNull(),
    // Rows (and objects) copied, per table.
    counts: text("counts", { mode: "json" }).$type<Record<string, number>>().notNull(),
    // Per table, the source's and the target's tallies, as the verification found them.
    checks: text("checks", { mode: "json" })
      .$type<Record<string, { source: MoveTally; target: MoveTally }>>()
      .notNull(),
    // The tenant's status before the move, given back to it in the new cell.
    previousStatus: text("previous_status", { enum: ["active", "inactive", "deletion_scheduled"] }),
    // The deletion job removing the source's copy, once started.
    sourceJobId: text("source_job_id"),
    ...jobRunColumns(),
  },
  (t) => [
    // One move at a time per tenant.
    uniqueIndex("tenant_moves_running_idx")
      .on(t.tenantId)
      .where(sql`status IN ('pending', 'running')`),
    index("tenant_moves_tenant_idx").on(t.tenantId, t.id),
    index("tenant_moves_status_idx").on(t.status, t.updatedAt),
  ],
);

/**
 * A key rotation: every value sealed with another key re-sealed with `id`, the key then current,
 * cell after cell in bounded steps (src/encryption/kind.ts). One per key; asked for again once
 * ended, it starts over (a failed one resumes where it stopped).
 */
export const keyRotations = sqliteTable(
  "key_rotations",
  {
    id: text("id").primaryKey(),
    requestedBy: text("requested_by").notNull(),
    status: text("status", { enum: MOVE_STATUSES }).notNull(),
    stage: text("stage").notNull(),
    // As for deletions and moves: the step the job expects next; any other message is stale.
    step: integer("step").notNull().default(0),
    // The cell the `reseal` stage is at; null before the first.
    cell: text("cell"),
    // Values re-sealed per step, at most.
    batch: integer("batch").notNull(),
    counts: text("counts", { mode: "json" }).$type<RotationCounts>().notNull(),
    ...jobRunColumns(),
  },
  (t) => [index("key_rotations_status_idx").on(t.status, t.updatedAt)],
);

/** What a rotation did so far, and what it left (the last count over every cell). */
export type RotationCounts = { reencrypted: number; unreadable: number; remaining: number | null };

export type UserRow = typeof users.$inferSelect;
export type DirectoryRow = typeof tenantDirectory.$inferSelect;
export type TenantMoveRow = typeof tenantMoves.$inferSelect;
export type KeyRotationRow = typeof keyRotations.$inferSelect;
