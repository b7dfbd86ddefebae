import { type SQL, sql } from "drizzle-orm";
import { type DeletionJobRow, deletionJobs } from "../db/schema";
import { stepProgress } from "../jobs/queries";
import { atStep } from "./jobs";

/** What every recorded step sets: the job expects the next step, and shows it is alive. */
export const progress = (job: DeletionJobRow) => stepProgress(job);

/** The job's count for `name`, raised by `amount` (a number, or `changes()` of the statement before). */
export function addCount(name: string, amount: SQL | number) {
  const path = `$."${name}"`;
  return sql`json_set(${deletionJobs.counts}, ${path},
    coalesce(json_extract(${deletionJobs.counts}, ${path}), 0) + ${amount})`;
}

/** For a write in the step's batch: it happens only while the job expects this step. */
export const stillAtStep = (job: DeletionJobRow) =>
  sql`EXISTS (SELECT 1 FROM ${deletionJobs} WHERE ${atStep(job)})`;
