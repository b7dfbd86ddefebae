import * as z from "zod";
import { type Cell, cellDatabase, cellNamed, regionBucket } from "../cells/config";
import { createDb, type Db } from "../db/client";
import type { TenantMoveRow } from "../db/control-schema";
import type { Bindings } from "../env";
import type { StepOutcome } from "../jobs/kind";

/** A queue message: run step `step` of move `move_id`, of tenant `tenant_id`. */
export const MoveStepMessage = z.object({
  move_id: z.string().min(1),
  tenant_id: z.string().min(1),
  step: z.number().int().min(0),
});
export type MoveStepMessage = z.infer<typeof MoveStepMessage>;

export const moveMessage = (job: Pick<TenantMoveRow, "id" | "tenantId" | "step">) => ({
  move_id: job.id,
  tenant_id: job.tenantId,
  step: job.step,
});

/** One side of a move: a cell with its database (raw, for the generic copy, and Drizzle's). */
export type MoveSide = { cell: Cell; d1: D1Database; db: Db; blobs: R2Bucket };

/** What a move's step works with. */
export type MoveDeps = {
  env: Bindings;
  control: Db;
  source: MoveSide;
  target: MoveSide;
  queue: Queue<MoveStepMessage>;
};

const sideOf = (env: Bindings, name: string): MoveSide => {
  const cell = cellNamed(env, name);
  if (!cell) throw new Error(`the move names no cell ${name}`);
  const d1 = cellDatabase(env, cell);
  return { cell, d1, db: createDb(d1), blobs: regionBucket(env, cell.region) };
};

/** Where moves are kept (the control plane), and where their steps are sent. */
export type MoveContext = { env: Bindings; db: Db; queue: Queue<MoveStepMessage> };

export const moveContext = (env: Bindings): MoveContext => ({
  env,
  db: createDb(env.DB),
  queue: env.TENANT_MOVES as Queue<MoveStepMessage>,
});

export const moveDeps = ({ env, db, queue }: MoveContext, job: TenantMoveRow): MoveDeps => ({
  env,
  control: db,
  source: sideOf(env, job.fromCell),
  target: sideOf(env, job.toCell),
  queue,
});

/** What a recorded step leaves: the move as it now stands, and a wait before the next step. */
export type MoveOutcome = StepOutcome<TenantMoveRow>;
