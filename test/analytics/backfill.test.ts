import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signup } from "../support/api-client";
import { callStart, configure, createAgent } from "../support/resource-fixtures";
import { endCallAt, recountedRollups, startCallAt, storedRollups } from "../support/rollups";

/** The backfill migration's statements, as the migration runner applies them. */
const backfill = () => {
  const migration = env.CELL_MIGRATIONS.find((m) => m.name.includes("call_rollups_backfill"));
  if (!migration) throw new Error("no backfill migration");
  return migration.queries;
};

async function runBackfill() {
  for (const query of backfill()) await env.CELL_US_1.prepare(query).run();
}

async function tenantWithAgents() {
  const owner = await signup();
  await configure(owner, { billing_plan: "business", max_concurrent_calls: 100 });
  const first = await createAgent(owner, "First");
  const second = await createAgent(owner, "Second");
  return { owner, agents: [first.id, second.id] };
}

// Storage is this file's own: the backfill may rebuild the whole table.
describe("the backfill migration", () => {
  it("builds the rollups the live path built for the same calls", async () => {
    const tenants = [await tenantWithAgents(), await tenantWithAgents()];
    const base = Date.parse("2024-02-28T22:50:00Z");
    for (const [t, { owner, agents }] of tenants.entries()) {
      for (let i = 0; i < 30; i++) {
        const at = new Date(base + i * 7 * 60_000 + t * 1000);
        const body = callStart(agents[i % 2] as string, {
          direction: i % 3 ? "inbound" : "outbound",
        });
        const id = await startCallAt(owner.tenantId, body, at);
        // Some stay active; the others end with one of three reasons, after 0 to 290 s.
        if (i % 4 !== 0) {
          const reason = ["hangup", "transferred", "busy, retry later"][i % 3] as string;
          await endCallAt(owner.tenantId, id, reason, new Date(at.getTime() + (i % 30) * 10_000));
        }
      }
    }
    const live = await Promise.all(tenants.map(({ owner }) => storedRollups(owner.tenantId)));
    expect(live[0]?.length).toBeGreaterThan(20);

    await env.CELL_US_1.prepare("DELETE FROM call_rollups").run();
    await runBackfill();
    const rebuilt = await Promise.all(tenants.map(({ owner }) => storedRollups(owner.tenantId)));
    expect(rebuilt).toEqual(live);
  });

  it("counts calls stored without rollups, those without an agent too, as a recount does", async () => {
    const owner = await signup();
    const at = (minutes: number) =>
      new Date(Date.parse("2023-12-31T23:40:00Z") + minutes * 60_000).toISOString();
    const rows = [
      ["legacy-1", null, "inbound", "ended", at(0), 61, "completed"],
      ["legacy-2", "agent-x", "outbound", "ended", at(3), 7, "hangup"],
      ["legacy-3", "agent-x", "inbound", "active", at(25), null, null],
      ["legacy-4", null, "outbound", "ended", at(26), 600, "completed"],
    ] as const;
    await env.CELL_US_1.batch(
      rows.map(([id, agent, direction, status, startedAt, duration, reason]) =>
        env.CELL_US_1.prepare(
          `INSERT INTO calls (id, tenant_id, agent_id, direction, from_number, to_number, status,
             started_at, duration_seconds, ended_reason, created_at, updated_at)
           VALUES (?, ?, ?, ?, '+14155550100', '+14155550101', ?, ?, ?, ?, ?, ?)`,
        ).bind(
          `${owner.tenantId}-${id}`,
          owner.tenantId,
          agent,
          direction,
          status,
          startedAt,
          duration,
          reason,
          startedAt,
          startedAt,
        ),
      ),
    );
    await env.CELL_US_1.prepare("DELETE FROM call_rollups").run();
    await runBackfill();
    const rebuilt = await storedRollups(owner.tenantId);
    expect(rebuilt).toEqual(await recountedRollups(owner.tenantId));
    expect(rebuilt.filter((r) => r.dimension === "agent_id" && r.group_key === "")).toEqual([
      expect.objectContaining({ calls: 1, completed_calls: 1, total_duration_seconds: 61 }),
      expect.objectContaining({ calls: 1, completed_calls: 1, total_duration_seconds: 600 }),
    ]);
  });
});
