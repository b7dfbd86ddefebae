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
