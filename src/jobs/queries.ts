import { and, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { nowIso } from "../lib/ids";

/**
 * A table of step jobs: a deletion's (`deletion_jobs`, in the tenant's cell), a move's
 * (`tenant_moves`) or a key rotation's (`key_rotations`, both in the control plane). Each row
 * expects one numbered step at a time.
 */
export type JobTable = SQLiteTable &
  Record<
    "id" | "step" | "status" | "attempts" | "lastError" | "updatedAt" | "startedAt",
    SQLiteColumn
  >;

/** What every job row has, whatever its kind. */
export type StepJob = {
  id: string;
  stage: string;
  step: number;
  status: string;
  startedAt: string | null;
};

/** A job and the step a message is about. */
export type JobRef = { id: string; step: number };

/** A job still to finish: its steps run, and the sweep watches it. */
export const ACTIVE_STATUSES = ["pending", "running"] as const;
export const isActive = (job: { status: string }) =>
  (ACTIVE_STATUSES as readonly string[]).includes(job.status);

export const findJob = <J extends StepJob>(db: Db, table: JobTable, id: string) =>
  db.select().from(table).where(eq(table.id, id)).get() as Promise<J | undefined>;

/** The job, still expecting `step`: the guard every write of that step carries. */
export const atStep = (table: JobTable, job: JobRef): SQL =>
  and(
    eq(table.id, job.id),
    eq(table.step, job.step),
    inArray(table.status, [...ACTIVE_STATUSES]),
  ) as SQL;

/**
 * What every recorded step of a job sets: the job expects the next step and shows it is alive;
 * with `completed`, it is done.
 */
export function stepProgress(job: { step: number; startedAt: string | null }, completed = false) {
  const now = nowIso();
  return {
    step: job.step + 1,
    status: completed ? ("completed" as const) : ("running" as const),
    startedAt: job.startedAt ?? now,
    attempts: 0,
    lastError: null,
    updatedAt: now,
    ...(completed && { completedAt: now, stage: "done" }),
  };
}

export type StepFailure = { attempts: number; error: string; final: boolean };

/**
 * A failed attempt at `step`: the error is shown on the job while the step is retried; after
 * the last attempt (`final`), the job is `failed` until an operator resumes it.
 */
export const recordStepFailure = (db: Db, table: JobTable, job: JobRef, failure: StepFailure) =>
  db
    .update(table)
    .set({
      attempts: failure.attempts,
      lastError: failure.error,
      updatedAt: nowIso(),
      ...(failure.final && { status: "failed" }),
    })
    .where(atStep(table, job));

/** A step whose message ran out of retries without the consumer recording it (a crash). */
export const failExhaustedStep = (db: Db, table: JobTable, job: JobRef) =>
  db
    .update(table)
    .set({
      status: "failed",
      lastError: sql`coalesce(${table.lastError}, ${`step ${job.step} ran out of retries`})`,
      updatedAt: nowIso(),
    })
    .where(atStep(table, job));

/** Back to work: a failed job resumes where it stopped, with a fresh set of retries. */
export async function resumeJob<J extends StepJob>(db: Db, table: JobTable, job: J): Promise<J> {
  const [resumed] = await db
    .update(table)
    .set({ status: job.startedAt ? "running" : "pending", attempts: 0, updatedAt: nowIso() })
    .where(and(eq(table.id, job.id), inArray(table.status, ["failed", ...ACTIVE_STATUSES])))
    .returning();
  return (resumed as J | undefined) ?? job;
}

/**
 * Jobs still to finish that recorded nothing since `before`: their message was lost. They are
 * touched as they are claimed, so the next sweep leaves them alone while the re-sent step works.
 */
export function claimStalledJobs<J extends StepJob>(
  db: Db,
  table: JobTable,
  before: string,
  limit: number,
): Promise<J[]> {
  const stalled = db
    .select({ id: table.id })
    .from(table)
    .where(and(inArray(table.status, [...ACTIVE_STATUSES]), lt(table.updatedAt, before)))
    .limit(limit);
  return db
    .update(table)
    .set({ updatedAt: nowIso() })
    .where(inArray(table.id, stalled))
    .returning()
    .then((rows) => rows as J[]);
}
