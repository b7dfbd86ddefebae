import { completeSignup, releaseSignup } from "../auth/queries";
import { createDb } from "../db/client";
import type { Bindings } from "../env";
import { findTenant } from "../tenants/queries";
import { cellDatabase, cellNamed } from "./config";
import { stalePendingEntries } from "./directory";

/**
 * A signup still pending after this long died half-way: a live one writes its three steps in
 * well under a second, and one overtaken by this sweep notices and undoes itself.
 */
export const SIGNUP_STALE_AFTER_MS = 5 * 60_000;
const SIGNUPS_PER_RUN = 50;

/**
 * The control plane's sweep of signups left half-way: an entry whose cell holds the tenant is
 * made active (the owner can log in; the signup had written everything else), one whose cell
 * does not is removed with its owner's account (the email is free again). Returns what it did.
 */
export async function finishSignups(env: Bindings, now: Date) {
  const control = createDb(env.DB);
  const before = new Date(now.getTime() - SIGNUP_STALE_AFTER_MS).toISOString();
  const done = { completed: 0, removed: 0 };
  for (const entry of await stalePendingEntries(control, before, SIGNUPS_PER_RUN)) {
    const cell = cellNamed(env, entry.cell);
    const tenant = cell && (await findTenant(createDb(cellDatabase(env, cell)), entry.tenantId));
    if (tenant) {
      if (await completeSignup(control, entry.tenantId)) done.completed++;
    } else {
      await releaseSignup(control, entry.tenantId);
      done.removed++;
    }
  }
  if (done.completed + done.removed > 0) {
    console.log(JSON.stringify({ level: "info", sweep: "signups", ...done }));
  }
  return done;
}
