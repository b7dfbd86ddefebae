import type { CellSweepDeps } from "../cells/sweep-deps";
import { deletionKind, stepDeps } from "../deletion/kind";
import { TENANT_DELETION } from "../deletion/stages";
import { KEY_ROTATIONS, rotationContext } from "../encryption/kind";
import type { Bindings } from "../env";
import { MOVES } from "../moves/kind";
import { SOURCE_REMOVALS } from "../moves/remove-source";
import { moveContext } from "../moves/step";
import { consumeExhaustedSteps, consumeSteps, resendStalled } from "./engine";
import type { JobContext, JobKind } from "./kind";
import type { StepJob } from "./queries";

/**
 * The deletion machinery: a tenant's deletion, and a move's removal of its source, which the
 * move declares (src/moves/remove-source.ts).
 */
export const DELETIONS = deletionKind({ deletion: TENANT_DELETION, ...SOURCE_REMOVALS });

export { KEY_ROTATIONS, MOVES };

/** The kind's queue and its dead-letter queue (as in wrangler.toml) → their consumers. */
export const jobQueues = <M, J extends StepJob, C extends JobContext<M>, D>(
  kind: JobKind<M, J, C, D>,
) => ({
  [kind.queue]: consumeSteps(kind),
  [`${kind.queue}-dlq`]: consumeExhaustedSteps(kind),
});

/** The cell's deletions that recorded nothing for a while, their current step sent again. */
export const resendStalledDeletions = ({ env, cell, db }: CellSweepDeps, now: Date) =>
  resendStalled(DELETIONS, { ...stepDeps(env, cell), db }, now);

/** The moves that recorded nothing for a while, their current step sent again. */
export const resendStalledMoves = (env: Bindings, now: Date) =>
  resendStalled(MOVES, moveContext(env), now);

/** The key rotations that recorded nothing for a while, their current step sent again. */
export const resendStalledRotations = (env: Bindings, now: Date) =>
  resendStalled(KEY_ROTATIONS, rotationContext(env), now);
