import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { insertIf } from "../db/insert-if";
import { activityLogs, type TenantRow } from "../db/schema";
import { type Actor, activityRow } from "./queries";

/** The reads of protected health information that a HIPAA tenant's activity log records. */
export type AccessAction =
  | "recording.accessed"
  | "call.accessed"
  | "calls.listed"
  | "tenant.exported"
  | "archive.accessed";

/** A read: its target, and what it read (ids, or SQL that computes them in the statement). */
export type Access = {
  tenantId: string;
  action: AccessAction;
  targetType: string;
  targetId: string;
  accessed: string[] | SQL;
};

/** Reads of this tenant's protected health information are audited: it has HIPAA on. */
export const auditsReads = (tenant: Pick<TenantRow, "hipaaEnabled">) => tenant.hipaaEnabled;

/**
 * The entry of a read, with `changes` empty, written only if `condition` holds when the statement
 * runs (a read of nothing writes nothing). Run before the data is served, in the read's own
 * batch where it can be: if it cannot be written, the read fails.
 */
export function insertAccess(db: Db, actor: Actor, access: Access, condition: SQL = sql`1`) {
  const { accessed, ...entry } = access;
  return insertIf(
    db,
    activityLogs,
    { ...activityRow(actor, { ...entry, changes: {} }), accessed },
    condition,
  );
}
