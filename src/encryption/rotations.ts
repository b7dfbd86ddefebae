import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type KeyRotationRow, keyRotations, type RotationCounts } from "../db/control-schema";
import { atStep, findJob, resumeJob, stepProgress } from "../jobs/queries";
import { nowIso } from "../lib/ids";

/** A rotation walks these stages: every cell re-sealed in turn, then every cell counted. */
export const RESEAL_STAGE = "reseal";
export const RECOUNT_STAGE = "recount";
export const ROTATION_STAGES = [RESEAL_STAGE, RECOUNT_STAGE, "done"] as const;

export const findRotation = (control: Db, kid: string) =>
  findJob<KeyRotationRow>(control, keyRotations, kid);

/** The rotation started, resumed or started over last: the one running, or the last that ended. */
export const latestRotation = (control: Db) =>
  control.select().from(keyRotations).orderBy(desc(keyRotations.updatedAt)).limit(1).get();

/**
 * The rotation to `kid`, started, resumed or as it runs: a new one is recorded; a failed one
 * resumes where it stopped; a completed one starts over from the first cell (values sealed with
 * an old key since, by a Worker still running with the old ring). `send`: whether its current
 * step is to be sent (nothing is in flight for it).
 */
export async function startRotation(
  control: Db,
  rotation: { kid: string; requestedBy: string; batch: number },
): Promise<{ job: KeyRotationRow; send: boolean }> {
  const now = nowIso();
  const [created] = await control
    .insert(keyRotations)
    .values({
      id: rotation.kid,
      requestedBy: rotation.requestedBy,
      status: "pending",
      stage: RESEAL_STAGE,
      batch: rotation.batch,
      counts: { reencrypted: 0, unreadable: 0, remaining: null },
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { job: created, send: true };
  const found = await findRotation(control, rotation.kid);
  if (!found) throw new Error(`rotation to ${rotation.kid}: neither recorded nor found`);
  if (found.status === "failed") {
    const resumed = await resumeJob(control, keyRotations, found);
    return { job: resumed, send: resumed.status !== "failed" };
  }
  if (found.status !== "completed") return { job: found, send: false };
  const [restarted] = await control
    .update(keyRotations)
    .set({
      status: "pending",
      stage: RESEAL_STAGE,
      step: sql`${keyRotations.step} + 1`,
      cell: null,
      batch: rotation.batch,
      requestedBy: rotation.requestedBy,
      attempts: 0,
      lastError: null,
      updatedAt: now,
      completedAt: null,
    })
    .where(and(eq(keyRotations.id, found.id), inArray(keyRotations.status, ["completed"])))
    .returning();
  // Undefined: a concurrent request started it over first, and sent its step.
  return restarted ? { job: restarted, send: true } : { job: found, send: false };
}

export type RotationProgress = {
  stage: string;
  cell: string | null;
  counts: RotationCounts;
  completed?: boolean;
};

/**
 * Records a step: the rotation expects the next one, at the stage and cell this step reached.
 * Undefined when it no longer expected this step (a duplicate got there first).
 */
export async function recordRotationStep(
  control: Db,
  job: KeyRotationRow,
  { completed, ...progress }: RotationProgress,
): Promise<KeyRotationRow | undefined> {
  const [recorded] = await control
    .update(keyRotations)
    .set({ ...progress, ...stepProgress(job, completed) })
    .where(atStep(keyRotations, job))
    .returning();
  return recorded;
}
