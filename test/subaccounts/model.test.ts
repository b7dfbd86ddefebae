import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { PLANS } from "../../src/tenants/plans";
import { callJson, signup, tenantPath } from "../support/api-client";
import { actingOn, createSubaccount, family } from "../support/family";
import { configure } from "../support/resource-fixtures";

const post = (token: string, tenantId: string, body: unknown) =>
  callJson<{ code?: string; detail?: unknown }>(tenantPath(tenantId, "/subaccounts"), {
    method: "POST",
    token,
    body,
  });

describe("sub-accounts: the model", () => {
  it("creates a tenant of its own in the parent's cell, named in the directory, listed by the parent", async () => {
    const { parent, subs } = await family(2, { max_concurrent_calls: 20 });
    const [first] = subs;
    expect(first).toMatchObject({
      parent_id: parent.tenantId,
      billing_plan: "business",
      max_concurrent_calls: 20,
      status: "active",
    });
    const row = await env.CELL_US_1.prepare("SELECT parent_id FROM tenants WHERE id = ?")
      .bind(first?.id)
      .first<{ parent_id: string }>();
    expect(row?.parent_id).toBe(parent.tenantId);
    const entry = await env.DB.prepare(
      "SELECT cell, status FROM tenant_directory WHERE tenant_id = ?",
    )
      .bind(first?.id)
      .first();
    expect(entry).toEqual({ cell: "us-1", status: "active" });

    const list = await callJson<{ items: { id: string }[] }>(
      tenantPath(parent.tenantId, "/subaccounts"),
      { token: parent.token },
    );
    expect(list.body.items.map((t) => t.id).sort()).toEqual(subs.map((s) => s.id).sort());

    // Its own settings, audit trail and resources: the parent's owner works in it.
    const own = await callJson(tenantPath(first?.id ?? ""), { token: parent.token });
    expect(own.body).toMatchObject({ id: first?.id, parent_id: parent.tenantId });
    const trail = await callJson<{ items: { action: string }[] }>(
      tenantPath(first?.id ?? "", "/activity-logs"),
      { token: parent.token },
    );
    expect(trail.body.items.map((e) => e.action)).toContain("tenant.created");
  });

  it("an inactive parent makes none: 409 tenant_inactive, nothing written in any store", async () => {
    const { parent } = await family(0);
    await configure(parent, { status: "inactive" });
    const tenantsBefore = await env.CELL_US_1.prepare("SELECT count(*) AS n FROM tenants").first();
    const entriesBefore = await env.DB.prepare(
      "SELECT count(*) AS n FROM tenant_directory",
    ).first();
    const refused = await post(parent.token, parent.tenantId, { name: " " });
    expect(refused).toMatchObject({ status: 409, body: { code: "tenant_inactive" } });
    expect(await env.CELL_US_1.prepare("SELECT count(*) AS n FROM tenants").first()).toEqual(
      tenantsBefore,
    );
    expect(await env.DB.prepare("SELECT count(*) AS n FROM tenant_directory").first()).toEqual(
      entriesBefore,
    );
  });

  it("refuses sub-accounts on the starter plan, of a sub-account, and past the plan's number", async () => {
    const starter = await signup();
    const refused = await post(starter.token, starter.tenantId, { name: "x" });
    expect(refused).toMatchObject({ status: 403, body: { code: "subaccounts_not_in_plan" } });

    const { parent, subs } = await family(1);
    const nested = await post(parent.token, subs[0]?.id ?? "", { name: "x" });
    expect(nested).toMatchObject({ status: 403, body: { code: "subaccount_nesting" } });

    // The plan's number, from the catalog: filled straight in the cell, then one more refused.
    const allowed = PLANS.business.subaccounts;
    const now = new Date().toISOString();
    const fill = Array.from({ length: allowed - 1 }, (_, i) =>
      env.CELL_US_1.prepare(
        `INSERT INTO tenants (id, name, billing_plan, max_concurrent_calls, monthly_call_limit,
          webhook_events, parent_id, created_at, updated_at)
         VALUES (?, 'filler', 'business', 1, 1, '[]', ?, ?, ?)`,
      ).bind(`${parent.tenantId}-${i}`, parent.tenantId, now, now),
    );
    await env.CELL_US_1.batch(fill);
    const over = await post(parent.token, parent.tenantId, { name: "one too many" });
    expect(over).toMatchObject({ status: 403, body: { code: "subaccount_quota_reached" } });
    await env.CELL_US_1.prepare("DELETE FROM tenants WHERE parent_id = ? AND name = 'filler'")
      .bind(parent.tenantId)
      .run();
  });

  it("carves limits from the parent: above them is a 422 naming the rule, nothing written", async () => {
    const parent = await signup();
    await configure(parent, { billing_plan: "business", max_concurrent_calls: 10 });
    const { status, body } = await post(parent.token, parent.tenantId, {
      name: "big",
      max_concurrent_calls: 11,
    });
    expect(status).toBe(422);
    expect(JSON.stringify(body.detail)).toContain("above_parent_limit");
    const rows = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM tenants WHERE parent_id = ?",
    )
      .bind(parent.tenantId)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
    await createSubaccount(parent, { max_concurrent_calls: 10 });
  });

  it("another tenant's credential finds no sub-account: 404", async () => {
    const { subs } = await family(1);
    const stranger = await signup();
    const res = await callJson(tenantPath(subs[0]?.id ?? ""), { token: stranger.token });
    expect(res).toMatchObject({ status: 404, body: { code: "not_found" } });
    const start = await callJson(tenantPath(subs[0]?.id ?? "", "/calls"), {
      method: "POST",
      token: actingOn(stranger, subs[0]?.id ?? "").token,
      body: {
        agent_id: "x",
        direction: "inbound",
        from_number: "+14155550100",
        to_number: "+14155550101",
      },
    });
    expect(start.status).toBe(404);
  });
});
