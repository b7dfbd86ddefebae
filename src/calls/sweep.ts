import type { Actor } from "../activity/queries";
import type { CellSweepDeps } from "../cells/sweep-deps";
import type { Db } from "../db/client";
import { newId } from "../lib/ids";
import { sendDeliveries } from "../webhooks/emit";
import type { NewDelivery } from "../webhooks/queries";
import { prepareCallEnded } from "./events";
import { endCallStatements, overdueCalls } from "./queries";
import type { CallRow } from "./schemas";

/** No call lasts longer; past it, the call is taken to have ended without saying so. */
export const MAX_CALL_DURATION_SECONDS = 4 * 60 * 60;

// An end is at most 5 statements (the end, its log entry, its delivery, its rollups and the
// emptied reason row): 20 make a batch of 100, and 6 batches keep the scheduled run, with its
// other sweeps, inside D1's 1000 queries an invocation (test/scheduled/query-budget.test.ts). A
// larger backlog is finished by the next runs.
const BATCH_SIZE = 20;
const MAX_BATCHES = 6;

export const SWEEP_REASON = "max_duration_exceeded";

/**
 * Ends active calls older than the maximum duration, so a call whose end was never reported
 * cannot hold a concurrency slot forever. Each end is guarded and logged like one made through
 * the API, its `call.ended` delivery in the same batch. Returns the calls it ended and their
 * deliveries, to be sent.
 */
export async function endOverdueCalls(
  db: Db,
  now = new Date(),
): Promise<{ ended: CallRow[]; deliveries: NewDelivery[] }> {
  const cutoff = new Date(now.getTime() - MAX_CALL_DURATION_SECONDS * 1000).toISOString();
  const at = now.toISOString();
  const actor: Actor = {
    actorId: "system:call-sweep",
    requestId: newId(),
    ip: null,
    userAgent: null,
  };
  const ended: CallRow[] = [];
  const deliveries: NewDelivery[] = [];
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const overdue = await overdueCalls(db, cutoff, BATCH_SIZE);
    if (overdue.length === 0) break;
    const ends = overdue.map((call) => {
      const delivery = prepareCallEnded(call.recipient, call, SWEEP_REASON, at);
      return {
        delivery,
        statements: endCallStatements(db, actor, call, SWEEP_REASON, at, delivery),
      };
    });
    const statements = ends.flatMap((end) => end.statements);
    const results = await db.batch(statements as [(typeof statements)[number]]);
    // Each end's statements in turn, the update's returned rows first.
    let offset = 0;
    for (const end of ends) {
      const [row] = results[offset] as CallRow[];
      offset += end.statements.length;
      if (!row) continue;
      ended.push(row);
      if (end.delivery) deliveries.push(end.delivery);
    }
    if (overdue.length < BATCH_SIZE) break;
  }
  return { ended, deliveries };
}

/** The Cron Trigger's sweep of a cell: ends overdue calls and tells their tenants. */
export async function sweepOverdueCalls({ env, db }: CellSweepDeps, now: Date) {
  const { ended, deliveries } = await endOverdueCalls(db, now);
  if (ended.length === 0) return;
  console.log(JSON.stringify({ level: "info", sweep: "overdue_calls", ended: ended.length }));
  await sendDeliveries(db, env.WEBHOOK_DELIVERIES, deliveries);
}
