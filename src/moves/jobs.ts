import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import type { Cell } from "../cells/config";
import type { Db } from "../db/client";
import { type TenantMoveRow, tenantMoves } from "../db/control-schema";
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

export const ACTIVE_MOVE_STATUSES = ["pending", "running"] as const;
export const isActiveMove = (job: TenantMoveRow) =>
  (ACTIVE_MOVE_STATUSES as readonly string[]).includes(job.status);

/** A move changes the region when its cells are in different ones: its objects move too. */
export const changesRegion = (job: Pick<TenantMoveRow, "fromRegion" | "toRegion">) =>
  job.fromRegion !== job.toRegion;

export const findMove = (control: Db, id: string) =>
  control.select().from(tenantMoves).where(eq(tenantMoves.id, id)).get();

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
      and(
        eq(tenantMoves.tenantId, tenantId),
        inArray(tenantMoves.status, [...ACTIVE_MOVE_STATUSES]),
      ),
    )
    .get();
  if (!running) throw new Error(`move of ${tenantId}: neither recorded nor running`);
  return { job: running, created: false };
}

/** The move, still expecting `step`: the guard every write of that step carries. */
export const atMoveStep = (job: Pick<TenantMoveRow, "id" | "step">): SQL =>
  and(
    eq(tenantMoves.id, job.id),
    eq(tenantMoves.step, job.step),
    inArray(tenantMoves.status, [...ACTIVE_MOVE_STATUSES]),
  ) as SQL;

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
  const now = nowIso();
  const [recorded] = await control
    .update(tenantMoves)
    .set({
      ...fields,
      step: job.step + 1,
      status: completed ? "completed" : "running",
      startedAt: job.startedAt ?? now,
      attempts: 0,
      lastError: null,
      updatedAt: now,
      ...(completed && { completedAt: now, stage: "done" }),
    })
    .where(atMoveStep(job))
    .returning();
  return recorded;
}

/** A failed attempt at `step`, shown on the move; after the last one the move is `failed`. */
export const recordMoveFailure = (
  control: Db,
  job: { id: string; step: number },
  failure: { attempts: number; error: string; final: boolean },
) =>
  control
    .update(tenantMoves)
    .set({
      attempts: failure.attempts,
      lastError: failure.error,
      updatedAt: nowIso(),
      ...(failure.final && { status: "failed" as const }),
    })
    .where(atMoveStep(job));

/** Moves still to finish that recorded nothing since `before`; touched as they are claimed. */
export function claimStalledMoves(control: Db, before: string, limit: number) {
  const stalled = control
    .select({ id: tenantMoves.id })
    .from(tenantMoves)
    .where(
      and(
        inArray(tenantMoves.status, [...ACTIVE_MOVE_STATUSES]),
        lt(tenantMoves.updatedAt, before),
      ),
    )
    .limit(limit);
  return control
    .update(tenantMoves)
    .set({ updatedAt: nowIso() })
    .where(inArray(tenantMoves.id, stalled))
    .returning({ id: tenantMoves.id, tenantId: tenantMoves.tenantId, step: tenantMoves.step });
}
