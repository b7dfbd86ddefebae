import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type RequestOptions, signup, tenantPath } from "../support/api-client";
import { callWithD1 } from "../support/app-with-d1";
import { gatedD1 } from "../support/gated-d1";
import { createAgent } from "../support/resource-fixtures";

const gate = gatedD1(env.CELL_US_1);

const through = (path: string, options: RequestOptions) => callWithD1(gate.binding, path, options);

describe("squad membership under races", () => {
  it("create-squad racing delete-agent: never a squad naming a deleted agent (20 runs)", async () => {
    const owner = await signup();
    const outcomes: string[] = [];
    for (let run = 0; run < 20; run++) {
      const agent = await createAgent(owner, `Agent ${run}`);
      gate.hold(2);
      const [squad, removal] = await Promise.all([
        through(tenantPath(owner.tenantId, "/squads"), {
          method: "POST",
          token: owner.token,
          body: { name: `Squad ${run}`, agent_ids: [agent.id] },
        }),
        through(tenantPath(owner.tenantId, `/agents/${agent.id}`), {
          method: "DELETE",
          token: owner.token,
        }),
      ]);
      expect(gate.held).toBe(2);
      outcomes.push(`${squad.status}/${removal.status}`);
      expect(["201/409", "422/204"]).toContain(`${squad.status}/${removal.status}`);
      if (removal.status === 409) expect(removal.body.code).toBe("agent_in_use");
    }
    // Every squad names only agents that exist.
    const orphans = await env.CELL_US_1.prepare(
      `SELECT s.id FROM squads s, json_each(s.agent_ids) m
       WHERE s.tenant_id = ? AND NOT EXISTS (SELECT 1 FROM agents a WHERE a.id = m.value)`,
    )
      .bind(owner.tenantId)
      .all();
    expect(orphans.results, outcomes.join(" ")).toEqual([]);
  });

  it("update-squad racing delete-agent: the same rule for a squad's new members", async () => {
    const owner = await signup();
    const first = await createAgent(owner, "First");
    const squad = await through(tenantPath(owner.tenantId, "/squads"), {
      method: "POST",
      token: owner.token,
      body: { name: "Team", agent_ids: [first.id] },
    });
    for (let run = 0; run < 10; run++) {
      const agent = await createAgent(owner, `Joiner ${run}`);
      gate.hold(2);
      const [update, removal] = await Promise.all([
        through(tenantPath(owner.tenantId, `/squads/${squad.body.id}`), {
          method: "PUT",
          token: owner.token,
          body: { agent_ids: [first.id, agent.id] },
        }),
        through(tenantPath(owner.tenantId, `/agents/${agent.id}`), {
          method: "DELETE",
          token: owner.token,
        }),
      ]);
      expect(["200/409", "422/204"]).toContain(`${update.status}/${removal.status}`);
      // Back to the one member, for the next run.
      await through(tenantPath(owner.tenantId, `/squads/${squad.body.id}`), {
        method: "PUT",
        token: owner.token,
        body: { agent_ids: [first.id] },
      });
    }
  });
});
