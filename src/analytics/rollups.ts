import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { compiledOnce } from "../db/compiled";
import { callRollups, calls } from "../db/schema";

/**
 * A rollup slot is 15 minutes: every zone's offset is a whole number of quarter hours (since
 * 1979), so a local hour, day or month always begins on a slot boundary.
 */
export const SLOT_SECONDS = 15 * 60;
export const SLOT_MS = SLOT_SECONDS * 1000;

/** The slot of an ISO-8601 instant, in SQL: one expression for starts, ends and the backfill. */
export const slotOf = (instant: SQLWrapper) =>
  sql<number>`(unixepoch(${instant}) / ${sql.raw(String(SLOT_SECONDS))})`;

/** A column of `calls`, named with its table: the statements below read it from a subquery. */
const ofCall = (column: SQLiteColumn) => sql`${calls}.${sql.identifier(column.name)}`;

const excluded = (column: SQLiteColumn) => sql`excluded.${sql.identifier(column.name)}`;
const stored = (column: SQLiteColumn) => sql`${callRollups}.${sql.identifier(column.name)}`;

/** A row met again adds to the one stored: counts and durations summed, the longest kept. */
const addedUp = {
  target: [callRollups.tenantId, callRollups.dimension, callRollups.slot, callRollups.groupKey],
  set: {
    calls: sql`${stored(callRollups.calls)} + ${excluded(callRollups.calls)}`,
    completedCalls: sql`${stored(callRollups.completedCalls)} + ${excluded(callRollups.completedCalls)}`,
    totalDurationSeconds: sql`${stored(callRollups.totalDurationSeconds)} + ${excluded(callRollups.totalDurationSeconds)}`,
    maxDurationSeconds: sql`max(${stored(callRollups.maxDurationSeconds)}, ${excluded(callRollups.maxDurationSeconds)})`,
  },
};

type StartValues = { tenantId: string; startedAt: string; agentKey: string; direction: string };

/**
 * One call more in its slot's four rows (all, its agent, its direction, and the reason `''`
 * while it is active), written only when the statement before it in the batch changed exactly
 * one row: the chain from the call's admitted insert. `WHERE` is also what SQLite needs to
 * parse an upsert's `SELECT`. Compiled once: it is part of the busiest write.
 */
export const addStartedCall = compiledOnce<StartValues>((db) => {
  const value = (name: keyof StartValues) => sql.placeholder(name);
  return db
    .insert(callRollups)
    .select(
      sql`SELECT ${value("tenantId")}, column1, ${slotOf(value("startedAt"))}, column2, 1, 0, 0, 0
        FROM (VALUES ('all', ''), ('agent_id', ${value("agentKey")}),
          ('direction', ${value("direction")}), ('ended_reason', ''))
        WHERE changes() = 1`,
    )
    .onConflictDoUpdate(addedUp);
});

/** The rollup's key of the null value: no agent id and no reason is empty. */
export const groupKeyOf = (value: string | null) => value ?? "";

// Per row: the dimension, which of the call's values is its group, the calls it adds, and
// whether the call counts as completed there.
const ENDED_ROWS = sql`(VALUES ('all', 'none', 0, 1), ('agent_id', 'agent', 0, 1),
  ('direction', 'direction', 0, 1), ('ended_reason', 'none', -1, 0),
  ('ended_reason', 'reason', 1, 1)) AS d`;

/**
 * The end of a call in its slot's rows, read off the ended row itself (slot, agent, direction,
 * reason, duration): completed and its duration on all, its agent and its direction; on the
 * reasons, the call moves from `''` (active) to its own. Written only when the statement before
 * it changed exactly one row: the chain from the guarded update that ended the call.
 */
export function addEndedCall(db: Db, target: { tenantId: string; id: string }) {
  const duration = ofCall(calls.durationSeconds);
  const group: SQL = sql`CASE d.column2
    WHEN 'agent' THEN coalesce(${ofCall(calls.agentId)}, '')
    WHEN 'direction' THEN ${ofCall(calls.direction)}
    WHEN 'reason' THEN ${ofCall(calls.endedReason)}
    ELSE '' END`;
  return db
    .insert(callRollups)
    .select(
      sql`SELECT ${ofCall(calls.tenantId)}, d.column1, ${slotOf(ofCall(calls.startedAt))}, ${group},
          d.column3, d.column4, d.column4 * ${duration}, d.column4 * ${duration}
        FROM ${calls}, ${ENDED_ROWS}
        WHERE ${ofCall(calls.tenantId)} = ${target.tenantId} AND ${ofCall(calls.id)} = ${target.id}
          AND changes() = 1`,
    )
    .onConflictDoUpdate(addedUp);
}

/**
 * Removes the reason `''` row of the ended call's slot once no call is counted there: an ended
 * call leaves it at zero, and a fifth of all rollup rows would be such zeros, kept for good (the
 * rollups are never archived). A row of zeros adds nothing to any sum, so this needs no guard.
 */
export function dropEmptyActiveReason(db: Db, target: { tenantId: string; id: string }) {
  return db.delete(callRollups).where(
    sql`${callRollups.tenantId} = ${target.tenantId}
        AND ${callRollups.dimension} = 'ended_reason' AND ${callRollups.groupKey} = ''
        AND ${callRollups.calls} = 0
        AND ${callRollups.slot} = (SELECT ${slotOf(ofCall(calls.startedAt))} FROM ${calls}
          WHERE ${ofCall(calls.tenantId)} = ${target.tenantId} AND ${ofCall(calls.id)} = ${target.id})`,
  );
}
