import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { send, signup } from "./api.mjs";

const YEAR_SECONDS = 365 * 24 * 3600;
const BACKFILL = /_call_rollups_backfill\.sql$/;

/** The rollup backfill migration, found by name so a renumbering does not lose it. */
function backfillMigration(root) {
  const file = readdirSync(join(root, "drizzle/cell")).find((name) => BACKFILL.test(name));
  if (!file) throw new Error("no call_rollups backfill migration in drizzle/cell/");
  return readFileSync(join(root, "drizzle/cell", file), "utf8");
}

async function seed(seederOrigin, path, body) {
  const res = await fetch(new URL(path, seederOrigin), { method: "POST", body });
  if (!res.ok) throw new Error(`seeder ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

async function analyticsTenant(origin, name) {
  const tenant = await signup(origin, name);
  const path = `/v1/tenants/${tenant.id}`;
  // Enterprise: a year is inside its hot window (400 days), so the storage sections' archive runs
  // leave the history in D1.
  await send(origin, "PUT", path, {
    token: tenant.token,
    body: { analytics_enabled: true, billing_plan: "enterprise" },
  });
  const agent = await send(origin, "POST", `${path}/agents`, {
    token: tenant.token,
    body: { name: "History agent" },
  });
  return { ...tenant, agentId: agent.id };
}

/**
 * Two tenants with analytics on, signed up through the API: `history`, with `calls` ended calls
 * spread evenly over the year before now, written by the seeder and rolled up by the backfill
 * migration itself, and `empty`, with none. Must run before any call is started: the backfill
 * fills an empty `call_rollups`.
 */
export async function seedCallHistory({ apiOrigin, seederOrigin, calls, root }) {
  const [history, empty] = [
    await analyticsTenant(apiOrigin, "History"),
    await analyticsTenant(apiOrigin, "No history"),
  ];
  const now = Math.floor(Date.now() / 1000);
  const step = YEAR_SECONDS / calls;
  const query = new URLSearchParams({
    tenant: history.id,
    agent: history.agentId,
    calls: String(calls),
    from: String(now - YEAR_SECONDS),
    step: String(step),
  });
  const seeded = await seed(seederOrigin, `/calls?${query}`);
  const rolled = await seed(seederOrigin, "/rollups", backfillMigration(root));
  return {
    history,
    empty,
    calls: seeded.calls,
    rollups: rolled.rollups,
    ms: seeded.ms + rolled.ms,
  };
}
