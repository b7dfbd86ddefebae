import { createDb } from "../db/client";
import type { TenantMoveRow } from "../db/control-schema";
import type { Bindings } from "../env";
import { findMove, isActiveMove } from "./jobs";
import { removeSource } from "./remove-source";
import { copyBlobs, copyRows, fence, switchCells, verify } from "./stages";
import {
  type MoveDeps,
  type MoveOutcome,
  type MoveStepMessage,
  moveDeps,
  moveMessage,
} from "./step";

function runStage(deps: MoveDeps, job: TenantMoveRow): Promise<MoveOutcome> {
  switch (job.stage) {
    case "fence":
      return fence(deps, job);
    case "copy_rows":
      return copyRows(deps, job);
    case "copy_blobs":
      return copyBlobs(deps, job);
    case "verify":
      return verify(deps, job);
    case "switch":
      return switchCells(deps, job);
    case "remove_source":
      return removeSource(deps, job);
    default:
      throw new Error(`unknown move stage ${job.stage}`);
  }
}

/**
 * Runs one bounded step of a move and sends the next. A message whose step the move no longer
 * expects (a duplicate, a retry of a step that did complete, a finished move) does nothing; every
 * write of a step is repeatable, and the move records each step guarded by the step it expected,
 * so the chain never forks.
 */
export async function runMoveStep(env: Bindings, message: MoveStepMessage) {
  const job = await findMove(createDb(env.DB), message.move_id);
  if (!job || job.step !== message.step || !isActiveMove(job)) return;
  const deps = moveDeps(env, job);
  const outcome = await runStage(deps, job);
  if (outcome && outcome.job.status !== "completed") {
    const { delaySeconds } = outcome;
    await deps.queue.send(moveMessage(outcome.job), delaySeconds ? { delaySeconds } : undefined);
  }
}
