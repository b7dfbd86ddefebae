import * as z from "zod";
import { purgeEndedSessions } from "./access/session-sweep";
import { sweepArchives } from "./archive/sweep";
import { sealActivity } from "./audit/seal";
import { sweepOverdueCalls } from "./calls/sweep";
import { cellDatabase, cellNamed, cellsOf, regionBucket } from "./cells/config";
import { finishSignups } from "./cells/signup-sweep";
import type { CellSweep } from "./cells/sweep-deps";
import { createDb } from "./db/client";
import { runDueDeletions } from "./deletion/due";
import type { Bindings } from "./env";
import { purgeExpiredIdempotencyKeys } from "./idempotency/purge";
import { resendStalledDeletions, resendStalledMoves, resendStalledRotations } from "./jobs/kinds";
import { sweepExpiredRecordings } from "./recordings/retention";

type ControlSweep = (env: Bindings, now: Date) => Promise<unknown>;

/** The Cron Triggers of wrangler.toml. */
export const MAINTENANCE_CRON = "*/5 * * * *";
export const ARCHIVE_CRON = "*/10 * * * *";
export const SEAL_CRON = "* * * * *";

/** What each Cron Trigger runs: in each cell, and in the control plane. */
const SCHEDULE: Record<string, { cells: CellSweep[]; control: ControlSweep[] }> = {
  [MAINTENANCE_CRON]: {
    cells: [
      sweepOverdueCalls,
      resendStalledDeletions,
      runDueDeletions,
      purgeExpiredIdempotencyKeys,
      sweepExpiredRecordings,
      purgeEndedSessions,
    ],
    control: [finishSignups, resendStalledMoves, resendStalledRotations],
  },
  // Alone: moving history out of D1 takes the most queries, and can wait a few minutes.
  [ARCHIVE_CRON]: { cells: [sweepArchives], control: [] },
  // Every minute: an entry's hash is written within a minute of the entry.
  [SEAL_CRON]: { cells: [sealActivity], control: [] },
};

/** A run for no known trigger (`/cdn-cgi/local/scheduled` in development) runs every sweep. */
const sweepsFor = (cron: string) =>
  SCHEDULE[cron] ?? {
    cells: Object.values(SCHEDULE).flatMap((s) => s.cells),
    control: Object.values(SCHEDULE).flatMap((s) => s.control),
  };

/** Runs `sweeps`, each whatever becomes of the others; fails if any failed. */
async function runAll<T>(sweeps: T[], run: (sweep: T) => Promise<unknown>, where: string) {
  const results = await Promise.allSettled(sweeps.map(run));
  const failures = results.flatMap((result, i) =>
    result.status === "rejected"
      ? [{ where, sweep: (sweeps[i] as { name?: string }).name, error: String(result.reason) }]
      : [],
  );
  for (const failure of failures) console.error(JSON.stringify({ level: "error", ...failure }));
  if (failures.length > 0) throw new Error(`${failures.length} scheduled sweep(s) failed`);
}

/** A message of the `cell-sweeps` queue: run a trigger's sweeps in one cell. */
const CellSweepMessage = z.object({
  cron: z.string(),
  cell: z.string(),
  scheduled_time: z.number(),
});
type CellSweepMessage = z.infer<typeof CellSweepMessage>;

/**
 * The scheduled handler: the control plane's sweeps here, and one message per cell for its own
 * (each runs in an invocation of its own, with D1's 1000 queries to itself). Under `wrangler dev`
 * (`ENVIRONMENT=development`) the cells' sweeps run here too, so `/cdn-cgi/local/scheduled`
 * answers once every sweep is done.
 */
export async function handleScheduled(
  controller: ScheduledController,
  env: Bindings,
  _ctx: ExecutionContext,
) {
  const now = new Date(controller.scheduledTime);
  const sweeps = sweepsFor(controller.cron);
  const cells = cellsOf(env);
  const inCells =
    env.ENVIRONMENT === "development"
      ? runAll(cells, (cell) => runCellSweeps(env, cell.name, controller.cron, now), "cells")
      : env.CELL_SWEEPS.sendBatch(
          cells.map((cell) => ({
            body: {
              cron: controller.cron,
              cell: cell.name,
              scheduled_time: controller.scheduledTime,
            } satisfies CellSweepMessage,
          })),
        );
  await Promise.all([inCells, runAll(sweeps.control, (sweep) => sweep(env, now), "control")]);
}

/** A trigger's sweeps of one cell, at the trigger's scheduled time. */
export async function runCellSweeps(env: Bindings, cellName: string, cron: string, now: Date) {
  const cell = cellNamed(env, cellName);
  if (!cell) throw new Error(`no cell ${cellName}`);
  const deps = {
    env,
    cell,
    db: createDb(cellDatabase(env, cell)),
    blobs: regionBucket(env, cell.region),
  };
  await runAll(sweepsFor(cron).cells, (sweep) => sweep(deps, now), cell.name);
}

/** The `cell-sweeps` consumer: a message a batch (wrangler.toml), retried when a sweep failed. */
export async function consumeCellSweeps(batch: MessageBatch<unknown>, env: Bindings) {
  for (const message of batch.messages) {
    const parsed = CellSweepMessage.safeParse(message.body);
    if (!parsed.success || !cellNamed(env, parsed.data.cell)) {
      console.error(JSON.stringify({ level: "error", queue: batch.queue, malformed: message.id }));
      message.ack();
      continue;
    }
    const { cron, cell, scheduled_time: at } = parsed.data;
    try {
      await runCellSweeps(env, cell, cron, new Date(at));
      message.ack();
    } catch {
      message.retry();
    }
  }
}
