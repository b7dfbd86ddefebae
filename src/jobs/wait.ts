/** Bounds on the wait between two looks at something a step waits for. */
const MIN_WAIT_SECONDS = 5;
const MAX_WAIT_SECONDS = 300;

/** Seconds until the next look at something expected by `at` (epoch ms), bounded. */
export function waitSeconds(at: number, now: number) {
  const wanted = Math.ceil((at - now) / 1000) + 1;
  return Math.min(MAX_WAIT_SECONDS, Math.max(MIN_WAIT_SECONDS, wanted));
}
