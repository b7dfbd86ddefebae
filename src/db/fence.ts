import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import {
  activityLogs,
  callMonths,
  callRollups,
  refreshTokens,
  sessions,
  webhookAttempts,
  webhookDeliveries,
} from "./schema";
import { tenantTables } from "./tenant-tables";

/**
 * The write fence: no row of a tenant is written or changed while its deletion waits out the
 * grace period (`deletion_scheduled`: its data is kept as it is, for a cancellation to give
 * back), while it is being deleted (`deleting`) or moved (`moving`: its source cell while the rows are copied, and the new one
 * until the directory names it), nor in a cell it has left (`moved`) or never was in (`gone`,
 * its row is not here). A cell a tenant is `arriving` in takes the move's copies. Each refusal
 * is raised in the writing statement itself, so a check and the write it guards are never apart.
 *
 * Every trigger is derived here, from the tenant tables of the schema (src/db/tenant-tables.ts)
 * and the rules below: a new table with a `tenant_id` is fenced by construction, refusing every
 * state. `npm run db:generate` writes a migration when these differ from the triggers the
 * migrations last created (scripts/fence-migration.mjs); test/db/fence-triggers.test.ts holds the
 * database to them.
 */
export const FENCE_STATES = ["deletion_scheduled", "deleting", "moving", "moved", "gone"] as const;
export type FenceState = (typeof FENCE_STATES)[number];

/** The message a refused statement fails with; src/db/errors.ts reads it back. */
export const fenceMessage = (state: FenceState) => `write_fence:tenant_${state}`;

/** The statements a trigger guards. */
export const FENCE_EVENTS = ["insert", "update"] as const;
export type FenceEvent = (typeof FENCE_EVENTS)[number];

/** What a table refuses, by statement: the tenant's states under which it fails. */
export type FenceRule = Record<FenceEvent, readonly FenceState[]>;
const onWrites = (states: readonly FenceState[]): FenceRule => ({ insert: states, update: states });

/**
 * The tables whose rule is not to refuse every state on every write, and why. A table not named
 * here is fenced in full; a rule with no state for a statement leaves it without a trigger.
 */
const RULES = new Map<SQLiteTable, FenceRule>([
  // The activity log stays open while a deletion is scheduled: reads are served then, and a read
  // that is audited (HIPAA) or a sign-in is logged; the cancellation's own entry is written
  // before the tenant gets its status back.
  [activityLogs, onWrites(["deleting", "moving", "moved", "gone"])],
  // The delivery log: the deletion finishes the tenant's deliveries, so it stays open while the
  // tenant is deleted (and after, for the farewell); while the tenant moves and once it left, the
  // delivery consumer retries, in the new cell.
  [webhookDeliveries, onWrites(["moving", "moved"])],
  [webhookAttempts, onWrites(["moving", "moved"])],
  // Sessions and refresh tokens stay open while the tenant is being deleted or moved, so ending
  // access (a logout, a password change, a reused refresh token) works in every state, and its
  // people can follow a deletion (its last step removes them with the tenant row). While it moves
  // a request writes them in both copies and the switch merges the source's into the new cell
  // (src/access/move-mirror.ts, src/moves/stages.ts).
  [sessions, onWrites(["moved", "gone"])],
  [refreshTokens, onWrites(["moved", "gone"])],
  // The call counters are written only in the batch of a call's start or end, guarded by that
  // fenced write: a trigger of their own would add a tenant lookup per counter row to the busiest
  // write.
  [callMonths, onWrites([])],
  [callRollups, onWrites([])],
]);

/** What a tenant table refuses, by statement and the tenant's status (`gone`: no row here). */
export const fenceRule = (table: SQLiteTable): FenceRule =>
  RULES.get(table) ?? onWrites(FENCE_STATES);

const STATUS_OF: Record<FenceState, string> = {
  deletion_scheduled: "'deletion_scheduled'",
  deleting: "'deleting'",
  moving: "'moving'",
  moved: "'moved'",
  // The tenant's row is not in this cell: the lookup below finds no status.
  gone: "''",
};

export type FenceTrigger = { name: string; table: string; sql: string };

/** One lookup of the tenant's row a written row: every insert of the busiest writes pays it. */
function rowTrigger(table: string, event: FenceEvent, states: readonly FenceState[]) {
  const name = `fence_${table}_${event}`;
  const cases = states.map(
    (state) => `    WHEN ${STATUS_OF[state]} THEN RAISE(ABORT, '${fenceMessage(state)}')`,
  );
  const sql = [
    `CREATE TRIGGER \`${name}\` BEFORE ${event.toUpperCase()} ON \`${table}\``,
    "BEGIN",
    "  SELECT CASE coalesce((SELECT `status` FROM `tenants` WHERE `id` = NEW.`tenant_id`), '')",
    ...cases,
    "  END;",
    "END",
  ].join("\n");
  return { name, table, sql };
}

/**
 * The tenant's own row: while its deletion is scheduled it changes only by a change of status
 * (the cancellation, the deletion's start, a move); it keeps `deleting` until it is deleted; while it moves (or arrives) it
 * changes only by the move's own steps, each a change of status; once moved, never again.
 */
const TENANT_ROW: { name: string; when: string; state: FenceState }[] = [
  {
    name: "fence_tenants_deletion_scheduled",
    when: "OLD.`status` = 'deletion_scheduled' AND NEW.`status` = OLD.`status`",
    state: "deletion_scheduled",
  },
  { name: "fence_tenants_update", when: "OLD.`status` = 'deleting'", state: "deleting" },
  {
    name: "fence_tenants_moving",
    when: "OLD.`status` IN ('moving', 'arriving') AND NEW.`status` = OLD.`status`",
    state: "moving",
  },
  { name: "fence_tenants_moved", when: "OLD.`status` = 'moved'", state: "moved" },
];

const tenantRowTrigger = ({ name, when, state }: (typeof TENANT_ROW)[number]): FenceTrigger => ({
  name,
  table: "tenants",
  sql: [
    `CREATE TRIGGER \`${name}\` BEFORE UPDATE ON \`tenants\``,
    `  WHEN ${when}`,
    "BEGIN",
    `  SELECT RAISE(ABORT, '${fenceMessage(state)}');`,
    "END",
  ].join("\n"),
});

/** Every trigger of the fence, by name, as `sqlite_master` keeps it (no closing semicolon). */
export function fenceTriggers(): FenceTrigger[] {
  const rows = tenantTables().flatMap(({ name, table }) => {
    const rule = fenceRule(table);
    return FENCE_EVENTS.filter((event) => rule[event].length > 0).map((event) =>
      rowTrigger(name, event, rule[event]),
    );
  });
  return [...rows, ...TENANT_ROW.map(tenantRowTrigger)].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
