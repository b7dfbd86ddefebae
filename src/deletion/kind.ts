import { type Cell, cellDatabase, cellNamed, regionBucket } from "../cells/config";
import { createDb } from "../db/client";
import type { DeletionPurpose } from "../db/deletion-columns";
import { type DeletionJobRow, deletionJobs } from "../db/schema";
import type { Bindings } from "../env";
import { type JobKind, type Stage, stageIn } from "../jobs/kind";
import { once } from "../lib/once";
import { deleteBlobPage } from "./delete-blobs";
import { deleteRowChunk } from "./delete-rows";
import { bidFarewell } from "./farewell";
import { deleteTenantRow } from "./final-step";
import { writeReceipt } from "./receipt";
import {
  BLOBS_STAGE,
  chunkedTables,
  FAREWELL_STAGE,
  RECEIPT_STAGE,
  type SkippedStages,
  TENANT_STAGE,
} from "./stages";
import { type DeletionDeps, DeletionStepMessage, type StepDeps, stepMessage } from "./step";

/** Mirrors `max_retries` of the `tenant-deletions` consumer in wrangler.toml. */
export const DELETION_MAX_RETRIES = 5;

/** What a step in `cell` works with: its database and bucket, the control plane, the queues. */
export const stepDeps = (env: Bindings, cell: Cell): StepDeps => ({
  db: createDb(cellDatabase(env, cell)),
  cell,
  control: createDb(env.DB),
  blobs: regionBucket(env, cell.region),
  queue: env.TENANT_DELETIONS as Queue<DeletionStepMessage>,
  webhooks: env.WEBHOOK_DELIVERIES,
});

type DeletionStage = Stage<DeletionDeps, DeletionJobRow>;

/** A step that returns the job it recorded, or nothing when a duplicate got there first. */
const recorded =
  (step: (deps: DeletionDeps, job: DeletionJobRow) => Promise<DeletionJobRow | undefined>) =>
  (deps: DeletionDeps, job: DeletionJobRow) =>
    step(deps, job).then((advanced) => advanced && { job: advanced });

/** The deletion's stages, by name: every chunked table's is a chunk of its rows. */
const STAGES = once(
  (): Record<string, DeletionStage> => ({
    [BLOBS_STAGE]: recorded(deleteBlobPage),
    ...Object.fromEntries(
      chunkedTables().map((owned): [string, DeletionStage] => [
        owned.name,
        recorded((deps, job) => deleteRowChunk(deps.db, job, owned, deps.skipped)),
      ]),
    ),
    [FAREWELL_STAGE]: bidFarewell,
    [TENANT_STAGE]: deleteTenantRow,
    [RECEIPT_STAGE]: writeReceipt,
  }),
);

/** The stages each purpose of a deletion job skips. */
export type DeletionPurposes = Record<DeletionPurpose, SkippedStages>;

/**
 * The deletion machinery as a kind of step job, run in the cell its message names: a tenant's
 * deletion, and whatever else runs its stages with a purpose of its own (`purposes`).
 */
export const deletionKind = (
  purposes: DeletionPurposes,
): JobKind<DeletionStepMessage, DeletionJobRow, StepDeps, DeletionDeps> => ({
  queue: "tenant-deletions",
  maxRetries: DELETION_MAX_RETRIES,
  message: DeletionStepMessage,
  table: deletionJobs,
  refOf: (message) => ({ id: message.job_id, step: message.step }),
  // The message names its cell: a tenant being deleted cannot move, and the copy a moved tenant
  // left behind is in a cell the directory no longer names.
  open: (env, message) => {
    const cell = cellNamed(env, message.cell);
    return cell && stepDeps(env, cell);
  },
  messageOf: (deps, job) => stepMessage(job, deps.cell.name),
  deps: (deps, job) => ({ ...deps, skipped: purposes[job.purpose] }),
  stage: (job) => stageIn(STAGES(), "deletion", job.stage),
});
