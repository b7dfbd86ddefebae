import type { Actor } from "../activity/queries";
import { createDb, type Db } from "../db/client";
import type { Bindings } from "../env";
import { newId } from "../lib/ids";
import { emitCallsEnded } from "./events";
import { endCallStatements, overdueCalls } from "./queries";
import type { CallRow } from "./schemas";

/** No call lasts longer; past it, the call is taken to have ended without saying so. */
export const MAX_CALL_DURATION_SECONDS = 4 * 60 * 60;

// 33 calls make a batch of 99 statements (3 an end); 8 batches keep a run far inside the
// per-invocation query limit. A larger backlog is finished by the next runs.
const BATCH_SIZE = 33;
const MAX_BATCHES = 8;

export const SWEEP_REASON = "max_duration_exceeded";

/**
 * Ends active calls older than the maximum duration, so a call whose end was never reported
 * cannot hold a concurrency slot forever. Each end is guarded and logged like one made through
 * the API. Returns the calls it ended.
 */
export async function endOverdueCalls(db: Db, now = new Date()): Promise<CallRow[]> {
  const cutoff = new Date(now.getTime() - MAX_CALL_DURATION_SECONDS * 1000).toISOString();
  const at = now.toISOString();
  const actor: Actor = {
    actorId: "system:call-sweep",
    requestId: newId(),
    ip: null,
    userAgent: null,
  };
  const ended: CallRow[] = [];
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const overdue = await overdueCalls(db, cutoff, BATCH_SIZE);
    if (overdue.length === 0) break;
    const ends = overdue.map((call) => endCallStatements(db, actor, call, SWEEP_REASON, at));
    const statements = ends.flat();
    const results = await db.batch(statements as [(typeof statements)[number]]);
    // Each end's statements in turn, the update's returned rows first.
    const perEnd = statements.length / ends.length;
    ended.push(...results.filter((_, i) => i % perEnd === 0).flatMap((rows) => rows as CallRow[]));
    if (overdue.length < BATCH_SIZE) break;
  }
  return ended;
}

/** The Cron Trigger's sweep: ends overdue calls and tells their tenants. */
export async function sweepOverdueCalls(env: Bindings) {
  const db = createDb(env.DB);
  const ended = await endOverdueCalls(db);
  if (ended.length === 0) return;
  console.log(JSON.stringify({ level: "info", sweep: "overdue_calls", ended: ended.length }));
  await emitCallsEnded(db, env.WEBHOOK_DELIVERIES, ended);
}
