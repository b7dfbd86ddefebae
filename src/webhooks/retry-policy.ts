/**
 * When to try a delivery again. The schedule grows threefold from 30 s (30 s, 1.5 min, 4.5 min,
 * … about 9 h in all over 8 attempts), with up to 10 % jitter so receivers coming back from an
 * outage are not hit by every retry at once.
 */

/** Attempts per delivery (or redelivery); wrangler.toml's max_retries must be this minus one. */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** How long a receiver has to answer one attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

const FIRST_DELAY_SECONDS = 30;
const GROWTH = 3;
/** Queues accepts a retry delay of at most 12 hours. */
const MAX_DELAY_SECONDS = 12 * 60 * 60;

/** Network errors, timeouts, 5xx and 429 are worth retrying; any other answer is final. */
export const isRetryable = (statusCode: number | null) =>
  statusCode === null || statusCode === 429 || statusCode >= 500;

/** `Retry-After` as seconds from `now`: delta-seconds or an HTTP date; null when absent or bad. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The delay before the attempt after `attempt` (1-based): the backoff, or the receiver's
 * Retry-After when that is longer, so a retry never comes sooner than the receiver asked and a
 * `Retry-After: 0` cannot burn through the attempts in seconds.
 */
export function retryDelaySeconds(
  attempt: number,
  retryAfterSeconds: number | null = null,
): number {
  const backoff = FIRST_DELAY_SECONDS * GROWTH ** (attempt - 1) * (1 + Math.random() * 0.1);
  const delay = Math.max(backoff, retryAfterSeconds ?? 0);
  return Math.min(MAX_DELAY_SECONDS, Math.round(delay));
}
