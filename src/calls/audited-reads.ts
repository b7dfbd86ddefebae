import { and, eq, sql } from "drizzle-orm";
import { insertAccess } from "../activity/access";
import type { Actor } from "../activity/queries";
import type { Db } from "../db/client";
import { calls } from "../db/schema";
import { pageIds } from "../lib/pagination";
import { callListFilters, listCalls } from "./queries";
import type { CallListQuery, CallRow } from "./schemas";

/**
 * Reads of calls for a HIPAA tenant: each writes its `call.accessed` or `calls.listed` entry in the
 * same batch as the read, so the entry and the data it names come from one transaction, at no
 * extra round trip, and a failing entry fails the read.
 */

const ownedCall = (tenantId: string, id: string) =>
  and(eq(calls.tenantId, tenantId), eq(calls.id, id));

/** The call, its read logged; undefined (and nothing logged) when there is no such call. */
export async function findCallAudited(
  db: Db,
  actor: Actor,
  tenantId: string,
  id: string,
): Promise<CallRow | undefined> {
  const exists = sql`EXISTS (SELECT 1 FROM ${calls} WHERE ${ownedCall(tenantId, id)})`;
  const [, rows] = await db.batch([
    insertAccess(
      db,
      actor,
      { tenantId, action: "call.accessed", targetType: "call", targetId: id, accessed: [id] },
      exists,
    ),
    db.select().from(calls).where(ownedCall(tenantId, id)),
  ]);
  return rows[0];
}

/** A page of calls, its read logged with the ids on the page (the extra row left out). */
export async function listCallsAudited(
  db: Db,
  actor: Actor,
  tenantId: string,
  query: CallListQuery,
): Promise<CallRow[]> {
  const served = pageIds(
    db.select({ id: calls.id }).from(calls).$dynamic(),
    calls.id,
    query,
    ...callListFilters(tenantId, query),
  );
  const accessed = sql`(SELECT json_group_array("id") FROM (${served}))`;
  const [, rows] = await db.batch([
    insertAccess(db, actor, {
      tenantId,
      action: "calls.listed",
      targetType: "tenant",
      targetId: tenantId,
      accessed,
    }),
    listCalls(db, tenantId, query),
  ]);
  return rows;
}
