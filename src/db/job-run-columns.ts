import { integer, text } from "drizzle-orm/sqlite-core";

/**
 * The columns of a step job's run, which the job engine (src/jobs/) keeps the same way for every
 * kind: a deletion (`deletion_jobs`, and its receipt), a move (`tenant_moves`) and a key rotation
 * (`key_rotations`). Failed attempts at the current step, the last one's error, and its times.
 */
export const jobRunColumns = () => ({
  lastError: text("last_error"),
  attempts: integer("attempts").notNull().default(0),
  createdAt: text("created_at").notNull(),
  startedAt: text("started_at"),
  updatedAt: text("updated_at").notNull(),
  completedAt: text("completed_at"),
});

/** The names of those columns in a job row. */
export type JobRunColumn = keyof ReturnType<typeof jobRunColumns>;
