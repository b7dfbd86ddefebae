import { send, signup } from "./api.mjs";

// Large enough that the run never comes near them (an enterprise plan allows 1000 concurrent calls
// and any monthly limit): a refused start would fail the run.
const CALL_LIMITS = {
  billing_plan: "enterprise",
  max_concurrent_calls: 1000,
  monthly_call_limit: 100_000_000,
};

/**
 * Tenants created through the API as a client would: a signup each, in `regions` in turn (so in
 * each region's cell), then `updates` settings changes so the activity log has full pages, then
 * the enterprise plan with limits that admit every call the run starts, and an agent to start
 * them with. Returns `{ id, token, region, agentId }` per tenant.
 */
export async function seedTenants(origin, { count, updates, name = "Bench", regions = ["us"] }) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const tenant = await signup(origin, `${name} ${i}`, regions[i % regions.length]);
      const path = `/v1/tenants/${tenant.id}`;
      for (let n = 1; n <= updates; n++) {
        await send(origin, "PUT", path, { token: tenant.token, body: { monthly_call_limit: n } });
      }
      await send(origin, "PUT", path, { token: tenant.token, body: CALL_LIMITS });
      const agent = await send(origin, "POST", `${path}/agents`, {
        token: tenant.token,
        body: { name: "Bench agent", voice: "alloy", language: "en-US" },
      });
      return { ...tenant, agentId: agent.id };
    }),
  );
}

/**
 * Sub-accounts for call start in a family: per seeded tenant, a parent of its own (signed up in
 * the same region, the enterprise plan and its limits) with one sub-account carved to the same
 * limits and an agent in it, reached with the parent's token. The parent stays apart from the
 * seeded tenants, so call start in a tenant is measured on tenants of no family. Returns `{ id,
 * token, region, agentId }` of each sub-account, by the seeded tenant's id.
 */
export async function seedSubaccounts(origin, tenants) {
  const subs = await Promise.all(
    tenants.map(async (tenant, i) => {
      const parent = await signup(origin, `Bench agency ${i}`, tenant.region);
      const path = `/v1/tenants/${parent.id}`;
      await send(origin, "PUT", path, { token: parent.token, body: CALL_LIMITS });
      const sub = await send(origin, "POST", `${path}/subaccounts`, {
        token: parent.token,
        body: {
          name: `Bench client ${i}`,
          max_concurrent_calls: CALL_LIMITS.max_concurrent_calls,
          monthly_call_limit: CALL_LIMITS.monthly_call_limit,
        },
      });
      const agent = await send(origin, "POST", `/v1/tenants/${sub.id}/agents`, {
        token: parent.token,
        body: { name: "Bench agent", voice: "alloy", language: "en-US" },
      });
      return [
        tenant.id,
        { id: sub.id, token: parent.token, region: tenant.region, agentId: agent.id },
      ];
    }),
  );
  return new Map(subs);
}
