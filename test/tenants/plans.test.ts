import { describe, expect, it } from "vitest";
import { planViolations } from "../../src/tenants/plans";
import { signup, updateTenant } from "../support/api-client";

type Detail = { loc: string[]; msg: string; type: string }[];
const detailOf = (body: unknown) => (body as { detail: Detail }).detail;

describe("plan rules", () => {
  it("a signup starts on starter with small limits and every feature off", async () => {
    const owner = await signup();
    const { body } = await updateTenant(owner, {});
    expect(body).toMatchObject({
      billing_plan: "starter",
      max_concurrent_calls: 2,
      monthly_call_limit: 100,
      sip_enabled: false,
      recording_enabled: false,
      analytics_enabled: false,
      hipaa_enabled: false,
      pci_enabled: false,
      status: "active",
    });
  });

  it.each(["hipaa_enabled", "pci_enabled"])(
    "%s on starter → 422 naming the rule",
    async (field) => {
      const owner = await signup();
      const { status, body } = await updateTenant(owner, { [field]: true });
      expect(status).toBe(422);
      expect(detailOf(body)).toEqual([
        {
          loc: ["body", field],
          msg: `${field} requires the enterprise plan`,
          type: "plan_feature_unavailable",
        },
      ]);
    },
  );

  it.each([
    ["starter", "max_concurrent_calls", 11],
    ["starter", "monthly_call_limit", 10_001],
    ["business", "max_concurrent_calls", 101],
    ["business", "monthly_call_limit", 100_001],
  ])("on %s, %s above the cap (%i) → 422", async (plan, field, value) => {
    const owner = await signup();
    const { status, body } = await updateTenant(owner, { billing_plan: plan, [field]: value });
    expect(status).toBe(422);
    expect(detailOf(body)[0]).toMatchObject({ loc: ["body", field], type: "plan_limit_exceeded" });
    expect(detailOf(body)[0]?.msg).toContain(`${plan} plan's cap`);
  });

  it("upgrade, then raise limits and enable compliance → 200", async () => {
    const owner = await signup();
    expect((await updateTenant(owner, { max_concurrent_calls: 50 })).status).toBe(422);
    expect((await updateTenant(owner, { billing_plan: "business" })).status).toBe(200);
    expect((await updateTenant(owner, { max_concurrent_calls: 50 })).status).toBe(200);
    expect((await updateTenant(owner, { billing_plan: "enterprise" })).status).toBe(200);
    const { status, body } = await updateTenant(owner, {
      max_concurrent_calls: 1000,
      monthly_call_limit: 5_000_000,
      hipaa_enabled: true,
      pci_enabled: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      max_concurrent_calls: 1000,
      hipaa_enabled: true,
      pci_enabled: true,
    });
  });

  it("a downgrade that leaves limits or compliance above the new plan is refused, not clamped", async () => {
    const owner = await signup();
    await updateTenant(owner, { billing_plan: "enterprise" });
    await updateTenant(owner, { max_concurrent_calls: 500, hipaa_enabled: true });
    const { status, body } = await updateTenant(owner, { billing_plan: "business" });
    expect(status).toBe(422);
    expect(
      detailOf(body)
        .map((d) => d.type)
        .sort(),
    ).toEqual(["plan_feature_unavailable", "plan_limit_exceeded"]);
    const after = await updateTenant(owner, {});
    expect(after.body).toMatchObject({ billing_plan: "enterprise", max_concurrent_calls: 500 });
    // Lowering the limits in the same request makes the downgrade valid.
    const ok = await updateTenant(owner, {
      billing_plan: "business",
      max_concurrent_calls: 100,
      hipaa_enabled: false,
    });
    expect(ok.status).toBe(200);
  });

  it("the catalog's rules are a pure function of the settings", () => {
    const base = {
      max_concurrent_calls: 10,
      monthly_call_limit: 10_000,
      hipaa_enabled: false,
      pci_enabled: false,
    };
    expect(planViolations({ billing_plan: "starter", ...base })).toEqual([]);
    expect(
      planViolations({ billing_plan: "enterprise", ...base, monthly_call_limit: 10 ** 9 }),
    ).toEqual([]);
    expect(planViolations({ billing_plan: "starter", ...base, pci_enabled: true })).toHaveLength(1);
  });
});
