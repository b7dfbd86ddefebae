import * as z from "zod";
import type { KeyRotationRow } from "../db/control-schema";
import type { JobRunColumn } from "../db/job-run-columns";
import { Timestamp } from "../openapi/common";

/** What every step job (a deletion, a move, a key rotation) shows of its run, as its fields. */
export const JobRun = {
  attempts: z.number().int().describe("Failed attempts at the current step"),
  last_error: z.string().nullable(),
  created_at: Timestamp,
  started_at: Timestamp.nullable(),
  updated_at: Timestamp,
  completed_at: Timestamp.nullable(),
};

/** A job row's run: every job table has these columns (src/db/job-run-columns.ts). */
type JobRunRow = Pick<KeyRotationRow, JobRunColumn>;

/** A job row's run, as `JobRun` shows it. */
export const jobRunOf = (job: JobRunRow) => ({
  attempts: job.attempts,
  last_error: job.lastError,
  created_at: job.createdAt,
  started_at: job.startedAt,
  updated_at: job.updatedAt,
  completed_at: job.completedAt,
});
