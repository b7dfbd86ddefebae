import { type TenantMoveRow, tenantMoves } from "../db/control-schema";
import type { JobKind } from "../jobs/kind";
import { stageIn } from "../jobs/kind";
import type { MoveStage } from "./jobs";
import { removeSource } from "./remove-source";
import { copyBlobs, copyRows, fence, MoveRefused, switchCells, verify } from "./stages";
import {
  type MoveContext,
  type MoveDeps,
  type MoveOutcome,
  MoveStepMessage,
  moveContext,
  moveDeps,
  moveMessage,
} from "./step";

/** Mirrors `max_retries` of the `tenant-moves` consumer in wrangler.toml. */
export const MOVE_MAX_RETRIES = 5;

/** A move's stages, by name, in the order it walks them (MOVE_STAGES). */
const STAGES: Record<
  Exclude<MoveStage, "done">,
  (deps: MoveDeps, job: TenantMoveRow) => Promise<MoveOutcome>
> = {
  fence,
  copy_rows: copyRows,
  copy_blobs: copyBlobs,
  verify,
  switch: switchCells,
  remove_source: removeSource,
};

/**
 * A move as a kind of step job, kept in the control plane. A step that cannot succeed
 * (`MoveRefused`) fails the move at once; another error is retried with backoff, shown on the
 * move, and fails it after the last retry.
 */
export const MOVES: JobKind<MoveStepMessage, TenantMoveRow, MoveContext, MoveDeps> = {
  queue: "tenant-moves",
  maxRetries: MOVE_MAX_RETRIES,
  message: MoveStepMessage,
  table: tenantMoves,
  refOf: (message) => ({ id: message.move_id, step: message.step }),
  open: (env) => moveContext(env),
  messageOf: (_context, job) => moveMessage(job),
  deps: moveDeps,
  stage: (job) =>
    stageIn<(deps: MoveDeps, job: TenantMoveRow) => Promise<MoveOutcome>>(
      STAGES,
      "move",
      job.stage,
    ),
  refuses: (error) => error instanceof MoveRefused,
};
