import { and, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type DeletionJobRow, deletionJobs } from "../db/schema";
import type { TenantTable } from "../db/tenant-tables";
import { atStep } from "./jobs";
import { type SkippedStages, stageAfter } from "./stages";
import { addCount, progress, stillAtStep } from "./step-writes";

/** Rows one step deletes from one table: one statement, one bound parameter. */
export const ROWS_PER_STEP = 500;

/** Deletes a chunk of the tenant's rows in `owned` and counts them, in one guarded batch. */
export async function deleteRowChunk(
  db: Db,
  job: DeletionJobRow,
  owned: TenantTable,
  skipped: SkippedStages,
) {
  const ofTenant = sql`${owned.tenantId} = ${job.tenantId}`;
  const [, advanced] = await db.batch([
    db
      .delete(owned.table)
      .where(
        and(
          sql`rowid IN (SELECT rowid FROM ${owned.table} WHERE ${ofTenant} LIMIT ${ROWS_PER_STEP})`,
          stillAtStep(job),
        ),
      ),
    db
      .update(deletionJobs)
      .set({
        ...progress(job),
        // changes(): the rows the delete just above removed.
        counts: addCount(owned.name, sql`changes()`),
        stage: sql`CASE WHEN EXISTS (SELECT 1 FROM ${owned.table} WHERE ${ofTenant})
          THEN ${deletionJobs.stage} ELSE ${stageAfter(owned.name, skipped)} END`,
      })
      .where(atStep(job))
      .returning(),
  ]);
  return advanced[0];
}
