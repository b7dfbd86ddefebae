import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { callJson, type Owner, tenantPath } from "../support/api-client";
import { actingOn, family } from "../support/family";
import { callStart, configure, createAgent } from "../support/resource-fixtures";

type Started = { status: number; code?: string; retryAfter: string | null };

/** `count` starts at once, spread over `members` round-robin, each with its own agent. */
async function startAcross(members: { owner: Owner; agentId: string }[], count: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, i): Promise<Started> => {
      const member = members[i % members.length] as { owner: Owner; agentId: string };
      const { res, status, body } = await callJson<{ code?: string }>(
        tenantPath(member.owner.tenantId, "/calls"),
        {
          method: "POST",
          token: member.owner.token,
          body: callStart(member.agentId, { to_number: `+1415555${String(i).padStart(4, "0")}` }),
        },
      );
      return { status, code: body.code, retryAfter: res.headers.get("Retry-After") };
    }),
  );
}

async function withAgents(parent: Owner, ids: string[]) {
  return Promise.all(
    ids.map(async (id) => {
      const owner = actingOn(parent, id);
      return { owner, agentId: (await createAgent(owner)).id };
    }),
  );
}

async function familyActiveCalls(parentId: string) {
  const row = await env.CELL_US_1.prepare(
    `SELECT count(*) AS n FROM calls WHERE status = 'active'
       AND tenant_id IN (SELECT id FROM tenants WHERE id = ?1 OR parent_id = ?1)`,
  )
    .bind(parentId)
    .first<{ n: number }>();
  return row?.n;
}

// Hundreds of requests on a shared machine: generous timeouts, no assertion on time.
describe("sub-accounts: the family's pool", () => {
  it("500 parallel starts spread over a parent and its sub-accounts admit exactly the parent's pool", async () => {
    const { parent, subs } = await family(
      3,
      { max_concurrent_calls: 10 },
      { max_concurrent_calls: 8 },
    );
    const members = await withAgents(parent, [parent.tenantId, ...subs.map((s) => s.id)]);
    const results = await startAcross(members, 500);

    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(490);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(["family_concurrency_limit_reached", "concurrency_limit_reached"]).toContain(r.code);
      expect(r.retryAfter).toBe("5");
    }
    expect(refused.some((r) => r.code === "family_concurrency_limit_reached")).toBe(true);
    expect(await familyActiveCalls(parent.tenantId)).toBe(10);
  }, 180_000);

  it("the parent's monthly limit caps the family's month: refused with its own code", async () => {
    const { parent, subs } = await family(2, { monthly_call_limit: 3, max_concurrent_calls: 10 });
    const [a, b] = await withAgents(
      parent,
      subs.map((s) => s.id),
    );
    if (!a || !b) throw new Error("two sub-accounts");
    for (let i = 0; i < 3; i++) expect((await startAcross([a], 1))[0]?.status).toBe(201);
    const [refused] = await startAcross([b], 1);
    expect(refused).toMatchObject({ status: 429, code: "family_monthly_limit_reached" });
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
  });

  it("a parent set inactive stops its sub-accounts' calls; active again, they start", async () => {
    const { parent, subs } = await family(1);
    const [sub] = await withAgents(
      parent,
      subs.map((s) => s.id),
    );
    if (!sub) throw new Error("a sub-account");
    await configure(parent, { status: "inactive" });
    const [refused] = await startAcross([sub], 1);
    expect(refused).toMatchObject({ status: 409, code: "parent_inactive" });
    await configure(parent, { status: "active" });
    expect((await startAcross([sub], 1))[0]?.status).toBe(201);
  });

  it("a tenant of no family is admitted as before, its own limit alone", async () => {
    const { parent } = await family(0, { max_concurrent_calls: 2 });
    const [solo] = await withAgents(parent, [parent.tenantId]);
    if (!solo) throw new Error("a tenant");
    const results = await startAcross([solo], 5);
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(results.filter((r) => r.code === "concurrency_limit_reached")).toHaveLength(3);
  });
});

describe("sub-accounts: the parent's view of their calls", () => {
  it("lists one sub-account's calls with subaccount_id; another tenant's id lists none", async () => {
    const { parent, subs } = await family(2, { max_concurrent_calls: 10 });
    const [a, b] = await withAgents(
      parent,
      subs.map((s) => s.id),
    );
    if (!a || !b) throw new Error("two sub-accounts");
    await startAcross([a], 2);
    await startAcross([b], 1);
    const list = (subId: string) =>
      callJson<{ items: { tenant_id: string }[] }>(
        tenantPath(parent.tenantId, `/calls?subaccount_id=${subId}`),
        { token: parent.token },
      );
    const ofA = await list(a.owner.tenantId);
    expect(ofA.status).toBe(200);
    expect(ofA.body.items.map((call) => call.tenant_id)).toEqual([
      a.owner.tenantId,
      a.owner.tenantId,
    ]);
    const stranger = await family(1);
    expect((await list(stranger.subs[0]?.id ?? "")).body.items).toEqual([]);
  });
});

describe("sub-accounts: the parent's usage by tenant", () => {
  it("group_by=tenant rolls the family up: the parent and each sub-account, summing to the pool's use", async () => {
    const { parent, subs } = await family(
      2,
      { max_concurrent_calls: 10 },
      { max_concurrent_calls: 4 },
    );
    const [a] = await withAgents(parent, [subs[0]?.id ?? ""]);
    if (!a) throw new Error("a sub-account");
    await startAcross([a], 3);
    const { status, body } = await callJson<{
      by_tenant: { tenant_id: string; active_calls: number; max_concurrent_calls: number }[];
    }>(tenantPath(parent.tenantId, "/usage?group_by=tenant"), { token: parent.token });
    expect(status).toBe(200);
    expect(body.by_tenant.map((row) => row.tenant_id)).toEqual([
      parent.tenantId,
      ...subs.map((sub) => sub.id).sort(),
    ]);
    expect(body.by_tenant.reduce((sum, row) => sum + row.active_calls, 0)).toBe(3);
    expect(body.by_tenant[0]?.max_concurrent_calls).toBe(10);
    const plain = await callJson(tenantPath(parent.tenantId, "/usage"), { token: parent.token });
    expect(plain.body).not.toHaveProperty("by_tenant");
  });
});
