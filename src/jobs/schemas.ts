import * as z from "zod";
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

/** The engine's columns every job table has (src/jobs/queries.ts). */
type JobRunRow = {
  attempts: number;
  lastError: string | null;
  createdAt: string;
  startedAt: string | null;
  updatedAt: string;
  completedAt: string | null;
};

/** A job row's run, as `JobRun` shows it. */
export const jobRunOf = (job: JobRunRow) => ({
  attempts: job.attempts,
  last_error: job.lastError,
  created_at: job.createdAt,
  started_at: job.startedAt,
  updated_at: job.updatedAt,
  completed_at: job.completedAt,
});
