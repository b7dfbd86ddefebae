import { eq, is, type Placeholder, SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { columnPlaceholders, compiledOnce, driverValues, statementOf } from "../db/compiled";
import { insertIf } from "../db/insert-if";
import { qualified } from "../db/qualified";
import { activityLogs, auditHeads } from "../db/schema";
import { newId, nowIso } from "../lib/ids";
import { newestFirst } from "../lib/pagination";

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** What a change shows of a secret: that it was set or changed, never the value. */
export const REDACTED = "[redacted]";

/**
 * Who did it and from where; taken from the request once, passed to every write. A user (its id),
 * an API key (its id and name) or the platform itself (`system:…`).
 */
export type Actor = {
  actorType?: "user" | "key" | "system";
  /** SQL where the entry's own insert reads it: a key's id, by its hash. */
  actorId: string | SQL;
  actorName?: string | SQL | null;
  /** The parent tenant of the person or key acting on its sub-account. */
  actorTenantId?: string | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
};

export type ActivityEntry = {
  tenantId: string;
  action: string;
  targetType: string;
  targetId: string;
  changes: Changes;
};

/**
 * The entry's next place in its tenant's audit chain, taken by the insert itself: one past the
 * newest entry in D1, or past the sealed head when older entries left for the archive. A database
 * runs one statement at a time, so concurrent writers never share or skip a number (and the
 * unique index on it would refuse one that did).
 */
export const nextSeq = (tenantId: string | Placeholder | SQL) =>
  sql<number>`(SELECT max(
    coalesce((SELECT max(${qualified(activityLogs.seq)}) FROM ${activityLogs}
      WHERE ${qualified(activityLogs.tenantId)} = ${tenantId}), 0),
    coalesce((SELECT ${qualified(auditHeads.sealedSeq)} FROM ${auditHeads}
      WHERE ${qualified(auditHeads.tenantId)} = ${tenantId}), 0)) + 1)`;

/** The entry's row but its place in the chain, which its statement computes (`nextSeq`). */
const activityValues = (actor: Actor, entry: ActivityEntry) => ({
  id: newId(),
  ...entry,
  ...actor,
  actorType:
    actor.actorType ??
    (typeof actor.actorId === "string" && actor.actorId.startsWith("system:") ? "system" : "user"),
  actorName: actor.actorName ?? null,
  actorTenantId: actor.actorTenantId ?? null,
  createdAt: nowIso(),
});

/** The entry's row, for a guarded insert of its own. */
export const activityRow = (actor: Actor, entry: ActivityEntry) => ({
  ...activityValues(actor, entry),
  seq: nextSeq(entry.tenantId),
});

/** The insert, to run in the same `db.batch()` as the change it records. */
export const insertActivity = (db: Db, actor: Actor, entry: ActivityEntry) =>
  db.insert(activityLogs).values(activityRow(actor, entry));

/**
 * The insert, written only when the statement just before it in the batch changed a row, so a
 * guarded update that lost a race leaves no entry behind.
 */
export const insertActivityIfChanged = (db: Db, actor: Actor, entry: ActivityEntry) =>
  insertIf(db, activityLogs, activityRow(actor, entry), sql`changes() = 1`);

// `insertActivityIfChanged` compiled once per isolate: every column a placeholder, the place in
// the chain computed by the statement as always.
const insertActivityIfChangedOnce = compiledOnce<Record<string, unknown>>((db) =>
  insertIf(
    db,
    activityLogs,
    { ...columnPlaceholders(activityLogs), seq: nextSeq(sql.placeholder("tenantId")) },
    sql`changes() = 1`,
  ),
);

/**
 * `insertActivityIfChanged` as a statement for a batch of statements (`batchStatements`): compiled
 * once per isolate when the actor is known by value (a user, the platform); an API key's entry,
 * whose id and name its insert reads by the key's hash, is built for the request.
 */
export function activityIfChangedStatement(db: Db, actor: Actor, entry: ActivityEntry) {
  const { actorId, actorName } = actor;
  if (is(actorId, SQL) || is(actorName, SQL)) {
    return statementOf(db, insertActivityIfChanged(db, actor, entry));
  }
  // The compiled statement computes the place in the chain itself: no SQL is built here.
  const row = activityValues(actor, entry);
  return insertActivityIfChangedOnce(
    db,
    driverValues(activityLogs, { ...row, actorId, actorName: actorName ?? null }),
  );
}

export function listActivity(
  db: Db,
  tenantId: string,
  query: { limit: number; cursor?: string | undefined; action?: string | undefined },
) {
  return newestFirst(
    db.select().from(activityLogs).$dynamic(),
    activityLogs.id,
    query,
    eq(activityLogs.tenantId, tenantId),
    query.action ? eq(activityLogs.action, query.action) : undefined,
  );
}
