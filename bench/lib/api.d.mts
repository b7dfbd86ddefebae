/** A tenant signed up through the API: its id, its owner's access token and its region. */
export type SignedUp = { id: string; token: string; region: string };

/** One request to the API as a client sends it; with `waitOnLimit`, a 429 waits its Retry-After. */
export function send(
  origin: string,
  method: string,
  path: string,
  options?: { token?: string; body?: unknown; waitOnLimit?: boolean },
): Promise<unknown>;

/** A new tenant through signup, in `region`'s cell; a rate-limited signup waits the limit out. */
export function signup(origin: string, name: string, region?: string): Promise<SignedUp>;

/** Runs `task` over `items`, at most `inFlight` at a time. */
export function forEachLimited<T>(
  items: T[],
  inFlight: number,
  task: (item: T) => Promise<unknown>,
): Promise<void>;
