import { beforeAll, describe, expect, it } from "vitest";
import { call, callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { configure, create, createAgent } from "../support/resource-fixtures";

type Case = {
  resource: string;
  noun: string;
  createBody: Record<string, unknown>;
  /** What the created resource shows, beyond the common fields. */
  created: Record<string, unknown>;
  update: Record<string, unknown>;
};

const cases: Case[] = [
  {
    resource: "agents",
    noun: "agent",
    createBody: { name: "Front desk", system_prompt: "Be kind.", settings: { temperature: 0.3 } },
    created: { name: "Front desk", system_prompt: "Be kind.", voice: null, language: null },
    update: { voice: "alloy", settings: { temperature: 0.7 } },
  },
  {
    resource: "squads",
    noun: "squad",
    createBody: { name: "Support" },
    created: { name: "Support", agent_ids: [] },
    update: { name: "Support team" },
  },
  {
    resource: "workflows",
    noun: "workflow",
    createBody: { name: "Triage", definition: { steps: [{ say: "hello" }] } },
    created: { name: "Triage", definition: { steps: [{ say: "hello" }] } },
    update: { definition: { steps: [] } },
  },
  {
    resource: "integrations",
    noun: "integration",
    createBody: { name: "CRM", type: "crm", base_url: "https://crm.example.com/api" },
    created: { name: "CRM", type: "crm", credentials_set: false },
    update: { base_url: "https://crm.example.com/v2" },
  },
  {
    resource: "sip-trunks",
    noun: "sip_trunk",
    createBody: { name: "Main", host: "sip.example.com", username: "acme", password: "pw-1" },
    created: { name: "Main", port: 5060, transport: "udp", password_set: true },
    update: { transport: "tls", port: 5061 },
  },
];

let owner: Owner;
beforeAll(async () => {
  owner = await signup("Crud Co");
  await configure(owner, { sip_enabled: true });
});

const path = (rest: string) => tenantPath(owner.tenantId, rest);

async function activity(targetId: string) {
  const { body } = await callJson<{
    items: { action: string; target_id: string; changes: object }[];
  }>(path("/activity-logs?limit=100"), { token: owner.token });
  return body.items.filter((entry) => entry.target_id === targetId);
}

describe.each(cases)("$resource", ({ resource, noun, createBody, created, update }) => {
  it("creates, reads, lists, updates partially and deletes, logging each change", async () => {
    const item = await create(owner, resource, createBody);
    expect(item).toMatchObject({ ...created, tenant_id: owner.tenantId });

    const got = await callJson(path(`/${resource}/${item.id}`), { token: owner.token });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(item);

    const list = await callJson<{ items: { id: string }[] }>(path(`/${resource}`), {
      token: owner.token,
    });
    expect(list.body.items.map((i) => i.id)).toContain(item.id);

    const updated = await callJson(path(`/${resource}/${item.id}`), {
      method: "PUT",
      token: owner.token,
      body: update,
    });
    expect(updated.status).toBe(200);
    // The fields sent changed; everything else is as it was.
    expect(updated.body).toEqual({ ...item, ...update, updated_at: updated.body.updated_at });

    const deleted = await call(path(`/${resource}/${item.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(deleted.status).toBe(204);
    expect((await call(path(`/${resource}/${item.id}`), { token: owner.token })).status).toBe(404);

    const actions = (await activity(item.id)).map((entry) => entry.action);
    expect(actions).toEqual([`${noun}.deleted`, `${noun}.updated`, `${noun}.created`]);
  });

  it("refuses unknown and read-only fields (422)", async () => {
    for (const extra of [{ id: "x" }, { tenant_id: "x" }, { created_at: "x" }, { colour: "red" }]) {
      const res = await callJson<{ detail: { loc: unknown[]; type: string }[] }>(
        path(`/${resource}`),
        { method: "POST", token: owner.token, body: { ...createBody, ...extra } },
      );
      expect(res.status).toBe(422);
      expect(res.body.detail[0]).toMatchObject({
        loc: ["body", Object.keys(extra)[0]],
        type: "extra_forbidden",
      });
    }
    const item = await create(owner, resource, createBody);
    const res = await callJson(path(`/${resource}/${item.id}`), {
      method: "PUT",
      token: owner.token,
      body: { tenant_id: "someone-else" },
    });
    expect(res.status).toBe(422);
  });

  it("answers an update that changes nothing without logging it", async () => {
    const item = await create(owner, resource, createBody);
    const res = await callJson(path(`/${resource}/${item.id}`), {
      method: "PUT",
      token: owner.token,
      body: {},
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(item);
    expect((await activity(item.id)).map((e) => e.action)).toEqual([`${noun}.created`]);
  });

  it("answers 404 for an id that does not exist", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const res = await callJson(path(`/${resource}/0190a000-0000-7000-8000-000000000000`), {
        method,
        token: owner.token,
        ...(method === "PUT" && { body: { name: "x" } }),
      });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe("not_found");
    }
  });
});

describe("lists", () => {
  it("page by cursor, newest first, without gaps or repeats", async () => {
    const other = await signup("Pager");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createAgent(other, `agent ${i}`)).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const { body } = await callJson<{ items: { id: string }[]; next_cursor: string | null }>(
        tenantPath(other.tenantId, `/agents${query}`),
        { token: other.token },
      );
      seen.push(...body.items.map((item) => item.id));
      cursor = body.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });
});

describe("squads", () => {
  it("accept only agents of the same tenant, and keep their members", async () => {
    const agent = await createAgent(owner);
    const stranger = await signup("Stranger");
    const foreign = await createAgent(stranger);

    const squad = await create<{ agent_ids: string[] }>(owner, "squads", {
      name: "Team",
      agent_ids: [agent.id],
    });
    expect(squad.agent_ids).toEqual([agent.id]);

    for (const ids of [[foreign.id], [agent.id, "no-such-agent"]]) {
      const res = await callJson<{ detail: { loc: unknown[]; type: string }[] }>(
        path(`/squads/${squad.id}`),
        { method: "PUT", token: owner.token, body: { agent_ids: ids } },
      );
      expect(res.status).toBe(422);
      expect(res.body.detail).toEqual([
        expect.objectContaining({
          loc: ["body", "agent_ids", ids.length - 1],
          type: "unknown_agent",
        }),
      ]);
    }
    const duplicate = await callJson(path("/squads"), {
      method: "POST",
      token: owner.token,
      body: { name: "Twice", agent_ids: [agent.id, agent.id] },
    });
    expect(duplicate.status).toBe(422);

    const removal = await callJson(path(`/agents/${agent.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(removal.status).toBe(409);
    expect(removal.body.code).toBe("agent_in_use");

    await callJson(path(`/squads/${squad.id}`), {
      method: "PUT",
      token: owner.token,
      body: { agent_ids: [] },
    });
    expect(
      (await call(path(`/agents/${agent.id}`), { method: "DELETE", token: owner.token })).status,
    ).toBe(204);
  });
});

describe("workflows", () => {
  it("refuse a definition over the size bound", async () => {
    const big = { blob: "x".repeat(64 * 1024) };
    const res = await callJson<{ detail: { loc: unknown[] }[] }>(path("/workflows"), {
      method: "POST",
      token: owner.token,
      body: { name: "Huge", definition: big },
    });
    expect(res.status).toBe(422);
    expect(res.body.detail[0]?.loc).toEqual(["body", "definition"]);

    const huge = await callJson(path("/workflows"), {
      method: "POST",
      token: owner.token,
      body: { name: "Huger", definition: { blob: "x".repeat(200 * 1024) } },
    });
    expect(huge.status).toBe(413);
  });
});

describe("sip trunks", () => {
  it("need sip_enabled to be created or changed, not to be listed or deleted", async () => {
    const trunk = await create(owner, "sip-trunks", {
      name: "Gate",
      host: "sip.example.com",
      username: "u",
      password: "p",
    });
    await configure(owner, { sip_enabled: false });
    try {
      const refused = [
        await callJson(path("/sip-trunks"), {
          method: "POST",
          token: owner.token,
          body: { name: "No", host: "sip.example.com", username: "u", password: "p" },
        }),
        await callJson(path(`/sip-trunks/${trunk.id}`), {
          method: "PUT",
          token: owner.token,
          body: { name: "Renamed" },
        }),
      ];
      for (const res of refused) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe("sip_disabled");
      }
      const still = await callJson(path(`/sip-trunks/${trunk.id}`), { token: owner.token });
      expect(still.body.name).toBe("Gate");
      expect((await call(path("/sip-trunks"), { token: owner.token })).status).toBe(200);
      expect(
        (await call(path(`/sip-trunks/${trunk.id}`), { method: "DELETE", token: owner.token }))
          .status,
      ).toBe(204);
    } finally {
      await configure(owner, { sip_enabled: true });
    }
  });
});
