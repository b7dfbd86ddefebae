import { afterEach, describe, expect, it, vi } from "vitest";
import { signup, uniqueEmail } from "../support/api-client";
import { expectRateLimited, firstRefusal, loginFrom } from "../support/rate-limits";

// Budgets from wrangler.toml: attempts per email and address (refused past it) and per email
// from every address (slowed past it).
const PAIR_BUDGET = 10;
const EMAIL_BUDGET = 20;
const SLOWED_MS = 1000;
/** The limiters' window, 60 s for both login budgets. */
const WINDOW_MS = 60_000;
const windowOf = (ms: number) => Math.floor(ms / WINDOW_MS);

const WRONG = "wrong password";

/** Each test its own addresses (IPv6, so keys with colons are covered), apart from other files. */
const address = (block: string, i: number) => `2001:db8:${block}::${i + 1}`;

// Each test hashes up to two budgets' worth of passwords (four when a window ends mid-test).
describe("login throttling", { timeout: 90_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("one address's failures never refuse the owner's correct password from another", async () => {
    const owner = await signup();
    for (let i = 0; i <= PAIR_BUDGET; i++) await loginFrom(address("a", 0), owner.email, WRONG);
    const res = await loginFrom(address("a", 1), owner.email, owner.password);
    expect(res.status).toBe(200);
  });

  it("guessing one account from one address → 429, for the right password too", async () => {
    const owner = await signup();
    const attacker = address("b", 0);
    const refusedAt = await firstRefusal(PAIR_BUDGET, () =>
      loginFrom(attacker, owner.email, WRONG),
    );
    expect(refusedAt).toBeGreaterThanOrEqual(PAIR_BUDGET);
    // A refusal that let the right password through would tell the attacker when they guessed it;
    // one that hashed first would let them spend the worker's time.
    const deriveBits = vi.spyOn(crypto.subtle, "deriveBits");
    await expectRateLimited(await loginFrom(attacker, owner.email, owner.password));
    expect(deriveBits).not.toHaveBeenCalled();
  });

  it("guessing one account from many addresses is slowed, never refused", async () => {
    // Which answers waited, and how long, is read from the wait itself, which takes no time here:
    // a clock would also count a slow machine.
    const waits = vi.spyOn(scheduler, "wait").mockResolvedValue(undefined);
    // The limiters' windows are fixed, aligned to the clock: one that ends between the budget's
    // last attempt and the owner's login restarts the count, and the owner is rightly not slowed.
    // The budget is spent again then, for a new owner, well inside the new window.
    for (let attempt = 1; ; attempt++) {
      const owner = await signup();
      waits.mockClear();
      let slowedAt: number | undefined;
      let lastWindow = windowOf(Date.now());
      for (let i = 0; i < 2 * EMAIL_BUDGET + 1 && slowedAt === undefined; i++) {
        lastWindow = windowOf(Date.now());
        const res = await loginFrom(address("c", i), owner.email, WRONG);
        expect(res.status).toBe(401);
        if (waits.mock.calls.length > 0) slowedAt = i;
      }
      expect(slowedAt, "never slowed").toBeGreaterThanOrEqual(EMAIL_BUDGET);
      expect(waits).toHaveBeenCalledWith(SLOWED_MS);

      waits.mockClear();
      const ownLogin = await loginFrom(address("c", 99), owner.email, owner.password);
      expect(ownLogin.status).toBe(200);
      if (attempt === 1 && windowOf(Date.now()) !== lastWindow) continue;
      expect(waits.mock.calls).toEqual([[SLOWED_MS]]);
      break;
    }

    waits.mockClear();
    const other = await loginFrom(address("c", 100), uniqueEmail(), WRONG);
    expect(other.status).toBe(401);
    expect(waits).not.toHaveBeenCalled();
  });
});
