import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { callJson, type Owner, signup, tenantPath } from "../../support/api-client";
import {
  callStart,
  configure,
  create,
  createAgent,
  send,
  sha256Hex,
  testBytes,
} from "../../support/resource-fixtures";

/** One of every resource, owned by one tenant. */
type Estate = {
  owner: Owner;
  ids: Record<
    "agents" | "squads" | "workflows" | "integrations" | "sip-trunks" | "files" | "calls",
    string
  >;
};

async function estate(name: string): Promise<Estate> {
  const owner = await signup(name);
  await configure(owner, { sip_enabled: true, recording_enabled: true });
  const agent = await createAgent(owner);
  const squad = await create(owner, "squads", { name: "Team", agent_ids: [agent.id] });
  const workflow = await create(owner, "workflows", { name: "Flow", definition: { a: 1 } });
  const integration = await create(owner, "integrations", {
    name: "CRM",
    type: "crm",
    base_url: "https://crm.example.com",
    credentials: { api_key: `${name}-key` },
  });
  const trunk = await create(owner, "sip-trunks", {
    name: "Trunk",
    host: "sip.example.com",
    username: "u",
    password: `${name}-password`,
  });
  const file = await send(tenantPath(owner.tenantId, "/files"), {
    token: owner.token,
    body: testBytes(500, 3),
    headers: { "X-Filename": "kb.txt", "Content-Type": "text/plain" },
  });
  const call = await create(owner, "calls", callStart(agent.id));
  const recording = await send(tenantPath(owner.tenantId, `/calls/${call.id}/recording`), {
    method: "PUT",
    token: owner.token,
    body: testBytes(800, 4),
    headers: { "Content-Type": "audio/wav" },
  });
  expect(recording.status).toBe(201);
  return {
    owner,
    ids: {
      agents: agent.id,
      squads: squad.id,
      workflows: workflow.id,
      integrations: integration.id,
      "sip-trunks": trunk.id,
      files: ((await file.json()) as { id: string }).id,
      calls: call.id,
    },
  };
}

type Attempt = { method: string; path: string; body?: BodyInit; headers?: Record<string, string> };

const json = (value: unknown) => ({
  body: JSON.stringify(value),
  headers: { "Content-Type": "application/json" },
});

/** Every route that names a resource by id, aimed at `ids`, under tenant `tenantId`'s path. */
function attemptsOn(tenantId: string, ids: Estate["ids"]): Attempt[] {
  const at = (rest: string) => tenantPath(tenantId, rest);
  const crud = (["agents", "squads", "workflows", "integrations", "sip-trunks"] as const).flatMap(
    (resource) => [
      { method: "GET", path: at(`/${resource}/${ids[resource]}`) },
      { method: "PUT", path: at(`/${resource}/${ids[resource]}`), ...json({ name: "taken" }) },
      { method: "DELETE", path: at(`/${resource}/${ids[resource]}`) },
    ],
  );
  return [
    ...crud,
    { method: "GET", path: at(`/files/${ids.files}`) },
    { method: "GET", path: at(`/files/${ids.files}/content`) },
    { method: "DELETE", path: at(`/files/${ids.files}`) },
    { method: "GET", path: at(`/calls/${ids.calls}`) },
    { method: "POST", path: at(`/calls/${ids.calls}/end`), ...json({ ended_reason: "hijacked" }) },
    { method: "GET", path: at(`/calls/${ids.calls}/recording`) },
    {
      method: "PUT",
      path: at(`/calls/${ids.calls}/recording`),
      body: testBytes(16, 99),
      headers: { "Content-Type": "audio/wav" },
    },
  ];
}

/** The collection routes of a tenant: lists, creates and usage. */
function collectionAttempts(tenantId: string, agentId: string): Attempt[] {
  const at = (rest: string) => tenantPath(tenantId, rest);
  return [
    ...["agents", "squads", "workflows", "integrations", "sip-trunks", "files", "calls"].map(
      (resource) => ({ method: "GET", path: at(`/${resource}`) }),
    ),
    { method: "GET", path: at("/usage") },
    { method: "POST", path: at("/agents"), ...json({ name: "intruder" }) },
    { method: "POST", path: at("/squads"), ...json({ name: "intruder" }) },
    { method: "POST", path: at("/workflows"), ...json({ name: "intruder", definition: {} }) },
    {
      method: "POST",
      path: at("/integrations"),
      ...json({ name: "x", type: "x", base_url: "https://x.example.com" }),
    },
    {
      method: "POST",
      path: at("/sip-trunks"),
      ...json({ name: "x", host: "x.example.com", username: "x", password: "x" }),
    },
    {
      method: "POST",
      path: at("/files"),
      body: "intruder",
      headers: { "X-Filename": "x.txt", "Content-Type": "text/plain" },
    },
    {
      method: "POST",
      path: at("/calls"),
      ...json(callStart(agentId, { direction: "outbound" })),
    },
  ];
}

/** What B owns as B sees it: rows through the API, bytes by checksum, the log by size. */
async function snapshot({ owner, ids }: Estate) {
  const read = async (rest: string) =>
    (await callJson(tenantPath(owner.tenantId, rest), { token: owner.token })).body;
  const bytes = async (rest: string) =>
    sha256Hex(
      await (
        await send(tenantPath(owner.tenantId, rest), { method: "GET", token: owner.token })
      ).arrayBuffer(),
    );
  const log = await env.CELL_US_1.prepare(
    "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ?",
  )
    .bind(owner.tenantId)
    .first<{ n: number }>();
  return {
    rows: await Promise.all(
      Object.entries(ids).map(([resource, id]) => read(`/${resource}/${id}`)),
    ),
    file: await bytes(`/files/${ids.files}/content`),
    recording: await bytes(`/calls/${ids.calls}/recording`),
    usage: await read("/usage"),
    logEntries: log?.n,
  };
}

let a: Estate;
let b: Estate;
beforeAll(async () => {
  a = await estate("tenant-a");
  b = await estate("tenant-b");
});

describe("another tenant's resources", () => {
  it("answer 404 through the caller's own path, and nothing of theirs changes", async () => {
    const before = await snapshot(b);
    for (const attempt of attemptsOn(a.owner.tenantId, b.ids)) {
      const res = await send(attempt.path, { ...attempt, token: a.owner.token });
      const body = await res.text();
      expect(res.status, `${attempt.method} ${attempt.path}`).toBe(404);
      for (const id of Object.values(b.ids)) expect(body).not.toContain(id);
      expect(body).not.toContain("tenant-b");
    }
    expect(await snapshot(b)).toEqual(before);
  });

  it("answer 404 through their path, for every route", async () => {
    const before = await snapshot(b);
    const attempts = [
      ...attemptsOn(b.owner.tenantId, b.ids),
      ...collectionAttempts(b.owner.tenantId, b.ids.agents),
    ];
    for (const attempt of attempts) {
      const res = await send(attempt.path, { ...attempt, token: a.owner.token });
      const body = await res.text();
      expect(res.status, `${attempt.method} ${attempt.path}`).toBe(404);
      expect(body).not.toContain(b.ids.agents);
    }
    expect(await snapshot(b)).toEqual(before);
  });

  it("never appear in the caller's lists", async () => {
    for (const resource of Object.keys(a.ids)) {
      const { body } = await callJson<{ items: { id: string }[] }>(
        tenantPath(a.owner.tenantId, `/${resource}`),
        { token: a.owner.token },
      );
      expect(body.items.map((item) => item.id)).toEqual([a.ids[resource as keyof Estate["ids"]]]);
    }
  });

  it("are reachable by their owner all along", async () => {
    for (const attempt of attemptsOn(b.owner.tenantId, b.ids).filter((x) => x.method === "GET")) {
      const res = await send(attempt.path, { ...attempt, token: b.owner.token });
      expect(res.status, attempt.path).toBe(200);
      await res.arrayBuffer();
    }
  });
});
