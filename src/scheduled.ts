import { emitCallsEnded } from "./calls/events";
import { endOverdueCalls } from "./calls/sweep";
import { createDb } from "./db/client";
import type { Bindings } from "./env";

/** The Cron Trigger's handler (every 5 minutes, see wrangler.toml): housekeeping sweeps. */
export async function scheduled(
  _controller: ScheduledController,
  env: Bindings,
  _ctx: ExecutionContext,
): Promise<void> {
  const db = createDb(env.DB);
  const ended = await endOverdueCalls(db);
  if (ended.length > 0) {
    console.log(JSON.stringify({ level: "info", sweep: "overdue_calls", ended: ended.length }));
    await emitCallsEnded(db, env.WEBHOOK_DELIVERIES, ended);
  }
}
