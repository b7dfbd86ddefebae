import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { updateTenant } from "../support/api-client";
import { actingOn, family } from "../support/family";

const limitsOf = (tenantId: string) =>
  env.CELL_US_1.prepare(
    "SELECT max_concurrent_calls AS max, monthly_call_limit AS monthly, billing_plan AS plan FROM tenants WHERE id = ?",
  )
    .bind(tenantId)
    .first();

describe("sub-accounts: limits carved from the parent", () => {
  it("lowering a parent below what its sub-accounts were given is a 422 naming them; nothing changes", async () => {
    const { parent, subs } = await family(
      2,
      { max_concurrent_calls: 20, monthly_call_limit: 1000 },
      { max_concurrent_calls: 15 },
    );
    const before = await limitsOf(parent.tenantId);
    const { status, body } = await updateTenant(parent, { max_concurrent_calls: 10 });
    expect(status).toBe(422);
    const [issue] = body.detail as { loc: string[]; msg: string; type: string }[];
    expect(issue).toMatchObject({
      loc: ["body", "max_concurrent_calls"],
      type: "below_subaccount_limits",
    });
    for (const sub of subs) expect(issue?.msg).toContain(sub.id);
    expect(await limitsOf(parent.tenantId)).toEqual(before);
    // Down to what they were given, it holds.
    expect((await updateTenant(parent, { max_concurrent_calls: 15 })).status).toBe(200);
  });

  it("a sub-account's limits stay within its parent's: raising above is a 422 naming the rule", async () => {
    const { parent, subs } = await family(1, { max_concurrent_calls: 20, monthly_call_limit: 500 });
    const sub = actingOn(parent, subs[0]?.id ?? "");
    const over = await updateTenant(sub, { monthly_call_limit: 501 });
    expect(over.status).toBe(422);
    expect(over.body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "monthly_call_limit"], type: "above_parent_limit" }),
    ]);
    expect((await updateTenant(sub, { monthly_call_limit: 400 })).status).toBe(200);
  });

  it("a parent with sub-accounts cannot move to a plan without them", async () => {
    const { parent } = await family(1, { max_concurrent_calls: 5, monthly_call_limit: 100 });
    const down = await updateTenant(parent, { billing_plan: "starter" });
    expect(down.status).toBe(422);
    expect(down.body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "billing_plan"], type: "plan_subaccounts_exceeded" }),
    ]);
    expect((await limitsOf(parent.tenantId))?.plan).toBe("business");
  });
});
