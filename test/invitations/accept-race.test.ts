import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { callJson, signup, tenantPath, uniqueEmail } from "../support/api-client";
import { callWithD1 } from "../support/app-with-d1";
import { gatedD1 } from "../support/gated-d1";

const gate = gatedD1(env.CELL_US_1);

describe("an invitation accepted twice at the same moment", () => {
  it("is spent once: one 201 and one session, the other refused", { timeout: 30_000 }, async () => {
    const owner = await signup();
    const email = uniqueEmail("twice");
    const invited = await callJson<{ id: string; invitation_token: string }>(
      tenantPath(owner.tenantId, "/members"),
      { method: "POST", token: owner.token, body: { email, role: "developer" } },
    );
    expect(invited.status).toBe(201);
    const accept = () =>
      callWithD1<{ access_token?: string; code?: string }>(
        gate.binding,
        "/v1/auth/accept-invitation",
        {
          method: "POST",
          // A double submit: the same token and password twice.
          body: { invitation_token: invited.body.invitation_token, password: "twice password 123" },
        },
      );
    // Both read the invitation open before either writes in the cell.
    gate.hold(2);
    const answers = await Promise.all([accept(), accept()]);
    expect(gate.held).toBe(2);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 401]);
    expect(answers.find((answer) => answer.status === 401)?.body.code).toBe("invalid_token");

    const member = await env.CELL_US_1.prepare("SELECT status, user_id FROM members WHERE id = ?")
      .bind(invited.body.id)
      .first<{ status: string; user_id: string }>();
    expect(member?.status).toBe("active");
    const count = async (sql: string, ...values: string[]) =>
      (
        await env.CELL_US_1.prepare(sql)
          .bind(...values)
          .first<{ n: number }>()
      )?.n;
    expect(
      await count(
        "SELECT count(*) AS n FROM sessions WHERE tenant_id = ? AND user_id = ?",
        owner.tenantId,
        member?.user_id ?? "",
      ),
    ).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ? AND action = 'member.joined'",
        owner.tenantId,
      ),
    ).toBe(1);
    const accounts = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE email = ?")
      .bind(email)
      .first<{ n: number }>();
    expect(accounts?.n).toBe(1);
  });
});
