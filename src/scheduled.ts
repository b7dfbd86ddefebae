import { sweepOverdueCalls } from "./calls/sweep";
import { resendStalledDeletions } from "./deletion/sweep";
import type { Bindings } from "./env";
import { purgeExpiredIdempotencyKeys } from "./idempotency/purge";
import { sweepExpiredRecordings } from "./recordings/retention";

type Sweep = (env: Bindings, controller: ScheduledController) => Promise<unknown>;

/** What the Cron Trigger runs, every time it fires. */
const sweeps: Sweep[] = [
  sweepOverdueCalls,
  resendStalledDeletions,
  purgeExpiredIdempotencyKeys,
  sweepExpiredRecordings,
];

/** Runs every sweep, each whatever becomes of the others; fails if any failed. */
export async function handleScheduled(
  controller: ScheduledController,
  env: Bindings,
  _ctx: ExecutionContext,
) {
  const results = await Promise.allSettled(sweeps.map((sweep) => sweep(env, controller)));
  const failures = results.flatMap((result, i) =>
    result.status === "rejected" ? [{ sweep: sweeps[i]?.name, error: String(result.reason) }] : [],
  );
  for (const failure of failures) console.error(JSON.stringify({ level: "error", ...failure }));
  if (failures.length > 0) throw new Error(`${failures.length} scheduled sweep(s) failed`);
}
