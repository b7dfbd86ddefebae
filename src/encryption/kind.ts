import * as z from "zod";
import type { Actor } from "../activity/queries";
import { cellDatabase, cellsOf, everyCell } from "../cells/config";
import { createDb, type Db } from "../db/client";
import { type KeyRotationRow, keyRotations } from "../db/control-schema";
import type { Bindings } from "../env";
import { type JobKind, type Stage, type StepOutcome, stageIn } from "../jobs/kind";
import { newId } from "../lib/ids";
import { keyring } from "../lib/secrets";
import { countRemaining, reencryptStep } from "./reencrypt";
import { RECOUNT_STAGE, RESEAL_STAGE, recordRotationStep } from "./rotations";

/** A queue message: run step `step` of the rotation to key `rotation_id`. */
export const KeyRotationStepMessage = z.object({
  rotation_id: z.string().min(1),
  step: z.number().int().min(0),
});
export type KeyRotationStepMessage = z.infer<typeof KeyRotationStepMessage>;

export const rotationMessage = (job: Pick<KeyRotationRow, "id" | "step">) => ({
  rotation_id: job.id,
  step: job.step,
});

/** Where rotations are kept (the control plane), and where their steps are sent. */
export type RotationContext = { env: Bindings; db: Db; queue: Queue<KeyRotationStepMessage> };

export const rotationContext = (env: Bindings): RotationContext => ({
  env,
  db: createDb(env.DB),
  queue: env.KEY_ROTATIONS as Queue<KeyRotationStepMessage>,
});

/** A step that cannot succeed however often it is tried: the rotation fails at once. */
export class RotationRefused extends Error {
  override name = "RotationRefused";
}

/**
 * The rotation's key is still the ring's current one: a step never seals with another. Once a
 * newer key is put first, this rotation has no more to do; a rotation to that key takes over.
 */
async function currentKey(env: Bindings, job: KeyRotationRow) {
  const { current } = await keyring(env.ENCRYPTION_KEYS);
  if (current !== job.id) {
    throw new RotationRefused(`the current key is ${current}, not ${job.id}`);
  }
  return current;
}

/** The activity entries of a re-sealed value name the admin who asked for the rotation. */
const actorOf = (job: KeyRotationRow): Actor => ({
  actorType: "user",
  actorId: job.requestedBy,
  actorName: null,
  requestId: newId(),
  ip: null,
  userAgent: null,
});

type RotationStage = Stage<RotationContext, KeyRotationRow>;

/**
 * Up to `batch` values of the rotation's cell re-sealed; once none is left there, the next cell,
 * and after the last, the recount. Each value's write is guarded by its old ciphertext, so a
 * step run twice re-seals nothing twice.
 */
const reseal: RotationStage = async ({ env, db }, job) => {
  await currentKey(env, job);
  const cells = cellsOf(env);
  const at = job.cell === null ? 0 : cells.findIndex((cell) => cell.name === job.cell);
  const cell = cells[at];
  if (!cell) throw new RotationRefused(`no cell ${job.cell}`);
  const cellDb = createDb(cellDatabase(env, cell));
  const step = await reencryptStep(cellDb, actorOf(job), env.ENCRYPTION_KEYS, job.batch);
  const next = step.remaining > 0 ? cell : cells[at + 1];
  const recorded = await recordRotationStep(db, job, {
    stage: next ? RESEAL_STAGE : RECOUNT_STAGE,
    cell: next?.name ?? null,
    counts: {
      ...job.counts,
      reencrypted: job.counts.reencrypted + step.reencrypted,
      unreadable: job.counts.unreadable + step.unreadable,
    },
  });
  return recorded && { job: recorded };
};

/**
 * Every cell counted once more: a value sealed with an old key behind the rotation (by a Worker
 * still running with the old ring) sends it round the cells again; none left completes it.
 */
const recount: RotationStage = async ({ env, db }, job): Promise<StepOutcome<KeyRotationRow>> => {
  const current = await currentKey(env, job);
  let remaining = 0;
  for (const { d1 } of everyCell(env)) remaining += await countRemaining(createDb(d1), current);
  const recorded = await recordRotationStep(db, job, {
    stage: remaining > 0 ? RESEAL_STAGE : RECOUNT_STAGE,
    cell: null,
    counts: { ...job.counts, remaining },
    completed: remaining === 0,
  });
  return recorded && { job: recorded };
};

/** A rotation's stages, by name, in the order it walks them (ROTATION_STAGES). */
const STAGES: Record<string, RotationStage> = {
  [RESEAL_STAGE]: reseal,
  [RECOUNT_STAGE]: recount,
};

/** Mirrors `max_retries` of the `key-rotations` consumer in wrangler.toml. */
export const ROTATION_MAX_RETRIES = 5;

/**
 * A key rotation as a kind of step job, kept in the control plane. A step that cannot succeed
 * (`RotationRefused`: the ring's current key changed) fails the rotation at once; another error
 * is retried with backoff, shown on the rotation, and fails it after the last retry.
 */
export const KEY_ROTATIONS: JobKind<
  KeyRotationStepMessage,
  KeyRotationRow,
  RotationContext,
  RotationContext
> = {
  queue: "key-rotations",
  maxRetries: ROTATION_MAX_RETRIES,
  message: KeyRotationStepMessage,
  table: keyRotations,
  refOf: (message) => ({ id: message.rotation_id, step: message.step }),
  open: (env) => rotationContext(env),
  messageOf: (_context, job) => rotationMessage(job),
  deps: (context) => context,
  stage: (job) => stageIn(STAGES, "key rotation", job.stage),
  refuses: (error) => error instanceof RotationRefused,
};
