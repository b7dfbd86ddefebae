import { afterEach, describe, expect, it, vi } from "vitest";
import { call, signup } from "../support/api-client";
import { expectRateLimited } from "../support/rate-limits";

// The per-user budget of password changes (wrangler.toml's AUTH_EMAIL_LIMITER, keyed by user):
// guesses of the current password from every address together.
const USER_BUDGET = 20;

/** A password change as the client at `ip` sends it. */
const changeFrom = (ip: string, token: string, current: string) =>
  call("/v1/auth/password", {
    method: "POST",
    token,
    headers: { "CF-Connecting-IP": ip },
    body: { current_password: current, new_password: "a brand new passphrase" },
  });

describe("password change throttling", { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("guesses of the current password from many addresses → 429 past the user's budget", async () => {
    const owner = await signup();
    let refusedAt: number | undefined;
    for (let i = 0; i < 2 * USER_BUDGET + 1 && refusedAt === undefined; i++) {
      // A new address each time: the per-address budget is never reached.
      const res = await changeFrom(`2001:db8:77::${i + 1}`, owner.token, "not the password");
      if (res.status === 429) {
        await expectRateLimited(res);
        refusedAt = i;
      } else expect(res.status).toBe(401);
    }
    expect(refusedAt, "never refused").toBeGreaterThanOrEqual(USER_BUDGET);
    // The right password is refused too, and nothing is hashed: the refusal tells nothing.
    const deriveBits = vi.spyOn(crypto.subtle, "deriveBits");
    await expectRateLimited(await changeFrom("2001:db8:77::ffff", owner.token, owner.password));
    expect(deriveBits).not.toHaveBeenCalled();
    // Another user's budget is its own.
    const other = await signup();
    expect((await changeFrom("2001:db8:77::fffe", other.token, other.password)).status).toBe(204);
  });
});
