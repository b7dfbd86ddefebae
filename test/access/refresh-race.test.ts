import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, signup, tenantPath } from "../support/api-client";
import { callWithD1 } from "../support/app-with-d1";
import { gatedD1 } from "../support/gated-d1";

const gate = gatedD1(env.CELL_US_1);

type Tokens = { access_token: string; refresh_token: string; code?: string };

describe("two refreshes with one token at the same moment", () => {
  it("one wins; the other, finding the token spent under it, revokes the session", {
    timeout: 30_000,
  }, async () => {
    const owner = await signup();
    const refresh = () =>
      callWithD1<Tokens>(gate.binding, "/v1/auth/refresh", {
        method: "POST",
        body: { refresh_token: owner.refreshToken },
      });
    // Both read the token current before either spends it.
    gate.hold(2);
    const answers = await Promise.all([refresh(), refresh()]);
    expect(gate.held).toBe(2);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
    const winner = answers.find((answer) => answer.status === 200)?.body;

    const session = await env.CELL_US_1.prepare(
      "SELECT revoked_reason FROM sessions WHERE tenant_id = ? AND user_id = ?",
    )
      .bind(owner.tenantId, owner.tenantId)
      .first<{ revoked_reason: string | null }>();
    expect(session?.revoked_reason).toBe("refresh_token_reused");
    // Every token of the session is refused: the winner's new ones and the signup's.
    expect((await call(tenantPath(owner.tenantId), { token: winner?.access_token })).status).toBe(
      401,
    );
    expect((await call(tenantPath(owner.tenantId), { token: owner.token })).status).toBe(401);
    const again = await call("/v1/auth/refresh", {
      method: "POST",
      body: { refresh_token: winner?.refresh_token },
    });
    expect(again.status).toBe(401);
  });
});
