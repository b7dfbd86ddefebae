import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { deletionReceipts } from "../db/control-schema";
import { deletionJobs } from "../db/schema";
import type { DeletionRequester } from "./gate";

const requesterColumns = {
  tenantId: deletionJobs.tenantId,
  requestedBy: deletionJobs.requestedBy,
  requestedSession: deletionJobs.requestedSession,
};

/**
 * Who requested the tenant's deletion, once its row is gone: the cell's job while its last step
 * writes the receipt (`cell`, when the tenant still has one), else the receipt in the control
 * plane; undefined when the tenant was never deleted.
 */
export async function findDeletionRequester(
  cell: Db | undefined,
  control: Db,
  tenantId: string,
): Promise<DeletionRequester | undefined> {
  const job =
    cell &&
    (await cell
      .select(requesterColumns)
      .from(deletionJobs)
      .where(and(eq(deletionJobs.tenantId, tenantId), eq(deletionJobs.purpose, "deletion")))
      .get());
  if (job) return job;
  return control
    .select({
      tenantId: deletionReceipts.tenantId,
      requestedBy: deletionReceipts.requestedBy,
      requestedSession: deletionReceipts.requestedSession,
    })
    .from(deletionReceipts)
    .where(eq(deletionReceipts.tenantId, tenantId))
    .get();
}
