import { and, desc, eq, inArray } from "drizzle-orm";
import type { Cell } from "../cells/config";
import type { Db } from "../db/client";
import { type TenantMoveRow, tenantMoves } from "../db/control-schema";
import { ACTIVE_STATUSES, atStep, stepProgress } from "../jobs/queries";
import { newId, nowIso } from "../lib/ids";

/**
 * A move walks these stages in order: the source fenced and the tenant's row placed in the new
 * cell, rows copied table by table, objects copied (when the region changes), counts and
 * checksums compared, the directory switched, then the source removed by the deletion machinery.
 */
export const MOVE_STAGES = [
  "fence",
  "copy_rows",
  "copy_blobs",
  "verify",
  "switch",
  "remove_source",
] as const;
export type MoveStage = (typeof MOVE_STAGES)[number] | "done";

/** A move changes the region when its cells are in different ones: its objects move too. */
export const changesRegion = (job: Pick<TenantMoveRow, "fromRegion" | "toRegion">) =>
  job.fromRegion !== job.toRegion;

/** The tenant's latest move: the one running, or the last one that ended. */
export const latestMoveOf = (control: Db, tenantId: string) =>
  control
    .select()
    .from(tenantMoves)
    .where(eq(tenantMoves.tenantId, tenantId))
    .orderBy(desc(tenantMoves.id))
    .limit(1)
    .get();

/**
 * Records a move of the tenant from `from` to `to`, or finds the one already running (one at a
 * time per tenant, by a unique partial index). Returns it and whether this call recorded it.
 * `previousStatus`: the status a failed move took the tenant from, when this one takes it up.
 */
export async function recordMove(
  control: Db,
  move: { tenantId: string; requestedBy: string; from: Cell; to: Cell },
  previousStatus: TenantMoveRow["previousStatus"] = null,
): Promise<{ job: TenantMoveRow; created: boolean }> {
  const { tenantId, requestedBy, from, to } = move;
  const now = nowIso();
  const [created] = await control
    .insert(tenantMoves)
    .values({
      id: newId(),
      tenantId,
      requestedBy,
      fromCell: from.name,
      toCell: to.name,
      fromRegion: from.region,
      toRegion: to.region,
      status: "pending",
      stage: "fence",
      position: {},
      counts: {},
      checks: {},
      previousStatus,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { job: created, created: true };
  const running = await control
    .select()
    .from(tenantMoves)
    .where(
      and(eq(tenantMoves.tenantId, tenantId), inArray(tenantMoves.status, [...ACTIVE_STATUSES])),
    )
    .get();
  if (!running) throw new Error(`move of ${tenantId}: neither recorded nor running`);
  return { job: running, created: false };
}

export type MoveProgress = Partial<
  Pick<TenantMoveRow, "stage" | "position" | "counts" | "checks" | "previousStatus" | "sourceJobId">
>;

/**
 * Records a step: the move expects the next one, with what this step changed. Undefined when
 * the move no longer expected this step (a duplicate got there first).
 */
export async function recordMoveStep(
  control: Db,
  job: TenantMoveRow,
  change: MoveProgress & { completed?: boolean },
): Promise<TenantMoveRow | undefined> {
  const { completed, ...fields } = change;
  const [recorded] = await control
    .update(tenantMoves)
    .set({ ...fields, ...stepProgress(job, completed) })
    .where(atStep(tenantMoves, job))
    .returning();
  return recorded;
}
