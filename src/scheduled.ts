import { sweepArchives } from "./archive/sweep";
import { sweepOverdueCalls } from "./calls/sweep";
import { resendStalledDeletions } from "./deletion/sweep";
import type { Bindings } from "./env";
import { purgeExpiredIdempotencyKeys } from "./idempotency/purge";
import { sweepExpiredRecordings } from "./recordings/retention";

type Sweep = (env: Bindings, controller: ScheduledController) => Promise<unknown>;

/** The Cron Triggers of wrangler.toml, each an invocation with D1's 1000 queries of its own. */
export const MAINTENANCE_CRON = "*/5 * * * *";
export const ARCHIVE_CRON = "*/10 * * * *";

/** What each Cron Trigger runs. */
const SCHEDULE: Record<string, Sweep[]> = {
  [MAINTENANCE_CRON]: [
    sweepOverdueCalls,
    resendStalledDeletions,
    purgeExpiredIdempotencyKeys,
    sweepExpiredRecordings,
  ],
  // Alone: moving history out of D1 takes the most queries, and can wait a few minutes.
  [ARCHIVE_CRON]: [sweepArchives],
};

/** A run for no known trigger (`/cdn-cgi/local/scheduled` in development) runs every sweep. */
const sweepsFor = (cron: string) => SCHEDULE[cron] ?? Object.values(SCHEDULE).flat();

/** Runs the trigger's sweeps, each whatever becomes of the others; fails if any failed. */
export async function handleScheduled(
  controller: ScheduledController,
  env: Bindings,
  _ctx: ExecutionContext,
) {
  const sweeps = sweepsFor(controller.cron);
  const results = await Promise.allSettled(sweeps.map((sweep) => sweep(env, controller)));
  const failures = results.flatMap((result, i) =>
    result.status === "rejected" ? [{ sweep: sweeps[i]?.name, error: String(result.reason) }] : [],
  );
  for (const failure of failures) console.error(JSON.stringify({ level: "error", ...failure }));
  if (failures.length > 0) throw new Error(`${failures.length} scheduled sweep(s) failed`);
}
