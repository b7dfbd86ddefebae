import { env } from "cloudflare:workers";
import type { Actor } from "../../src/activity/queries";
import { billingPeriod } from "../../src/calls/period";
import { endCall, startCall } from "../../src/calls/queries";
import { type CallStartBody, newCallRow } from "../../src/calls/schemas";
import { createDb } from "../../src/db/client";

export type Rollup = {
  dimension: string;
  slot: number;
  group_key: string;
  calls: number;
  completed_calls: number;
  total_duration_seconds: number;
  max_duration_seconds: number;
};

const order = (a: Rollup, b: Rollup) =>
  `${a.dimension} ${a.slot} ${a.group_key}` < `${b.dimension} ${b.slot} ${b.group_key}` ? -1 : 1;

/** The tenant's rollups as stored, in key order: an ended call leaves no row of zeros. */
export async function storedRollups(tenantId: string): Promise<Rollup[]> {
  const { results } = await env.CELL_US_1.prepare(
    `SELECT dimension, slot, group_key, calls, completed_calls, total_duration_seconds,
       max_duration_seconds FROM call_rollups WHERE tenant_id = ?`,
  )
    .bind(tenantId)
    .all<Rollup>();
  return results.sort(order);
}

type StoredCall = {
  agent_id: string | null;
  direction: string;
  status: string;
  started_at: string;
  duration_seconds: number | null;
  ended_reason: string | null;
};

/**
 * The rollups the tenant's calls make, counted here in JavaScript from the calls themselves:
 * a slot is the start's unix seconds / 900; an ended call is completed, under its reason.
 */
export async function recountedRollups(tenantId: string): Promise<Rollup[]> {
  const { results } = await env.CELL_US_1.prepare(
    "SELECT agent_id, direction, status, started_at, duration_seconds, ended_reason FROM calls WHERE tenant_id = ?",
  )
    .bind(tenantId)
    .all<StoredCall>();
  const rows = new Map<string, Rollup>();
  for (const call of results) {
    const slot = Math.floor(Date.parse(call.started_at) / 1000 / 900);
    const ended = call.status === "ended";
    const duration = ended ? (call.duration_seconds ?? 0) : 0;
    for (const [dimension, group] of [
      ["all", ""],
      ["agent_id", call.agent_id ?? ""],
      ["direction", call.direction],
      ["ended_reason", ended ? (call.ended_reason ?? "") : ""],
    ] as const) {
      const key = `${dimension} ${slot} ${group}`;
      const row = rows.get(key) ?? {
        dimension,
        slot,
        group_key: group,
        calls: 0,
        completed_calls: 0,
        total_duration_seconds: 0,
        max_duration_seconds: 0,
      };
      row.calls += 1;
      row.completed_calls += ended ? 1 : 0;
      row.total_duration_seconds += duration;
      row.max_duration_seconds = Math.max(row.max_duration_seconds, duration);
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort(order);
}

const actor: Actor = { actorId: "test", requestId: "test", ip: null, userAgent: null };

/**
 * A call started at `at` through the API's own statements (admission, log entry, rollups), as
 * the route would start it then. Throws if it is refused.
 */
export async function startCallAt(
  tenantId: string,
  start: CallStartBody,
  at: Date | string,
): Promise<string> {
  const now = new Date(at);
  const row = newCallRow(tenantId, start, now);
  const admission = await startCall(createDb(env.CELL_US_1), actor, row, billingPeriod(now).start);
  if (!admission.call) throw new Error(`start refused: ${JSON.stringify(admission.seen)}`);
  return row.id;
}

/** The call ended at `at` with `reason` through the API's own statements. */
export async function endCallAt(tenantId: string, id: string, reason: string, at: Date | string) {
  const { ended } = await endCall(
    createDb(env.CELL_US_1),
    actor,
    { tenantId, id },
    reason,
    new Date(at).toISOString(),
  );
  return ended;
}
