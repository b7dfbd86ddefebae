import { createDb } from "../db/client";
import type { Bindings } from "../env";
import { claimStalledMoves } from "./jobs";
import { moveMessage } from "./step";

// As for deletions: longer than the longest retry backoff.
const STALLED_AFTER_MINUTES = 10;
const MAX_MOVES_PER_SWEEP = 100;

/** Sends the current step again for moves that recorded nothing for a while. */
export async function resendStalledMoves(env: Bindings, now: Date) {
  const before = new Date(now.getTime() - STALLED_AFTER_MINUTES * 60_000).toISOString();
  const stalled = await claimStalledMoves(createDb(env.DB), before, MAX_MOVES_PER_SWEEP);
  if (stalled.length > 0) {
    await env.TENANT_MOVES.sendBatch(stalled.map((job) => ({ body: moveMessage(job) })));
  }
  return stalled.length;
}
