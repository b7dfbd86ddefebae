import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  call,
  callJson,
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
} from "../../support/api-client";
import { loadDocument, type Operation, undocumented } from "../../support/api-document";
import { configure, createAgent, send, startCall } from "../../support/resource-fixtures";
import { TenantWorld } from "../../support/world";

type Issue = { loc: (string | number)[]; msg: string; type: string };
type ValidationBody = { detail: Issue[]; code: string };

let operations: Operation[];
let world: TenantWorld;
let adminToken: string;

beforeAll(async () => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
  const document = await loadDocument();
  operations = document.operations;
  world = await TenantWorld.create(operations, document.resolve, { webhooks: true });
  for (const op of operations) await world.path(op.path);
  adminToken = (await createPlatformAdmin()).token;
}, 120_000);
afterAll(() => vi.restoreAllMocks());

const name = (op: Operation) => `${op.method} ${op.path}`;
const queryNames = (op: Operation) =>
  (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);

/** `op` at `query` as a platform admin (who may reach every tenant), without a body. */
async function sendWithQuery(op: Operation, query: string) {
  const path = await world.path(op.path);
  return call(`${path}${query}`, {
    method: op.method,
    token: op.security.length > 0 ? adminToken : undefined,
  });
}

describe("query parameters", () => {
  it("refuses a misspelled filter instead of ignoring it", async () => {
    const { status, body } = await callJson<ValidationBody>(
      tenantPath(world.tenantId, "/activity-logs?actoin=agent.created"),
      { token: world.owner.token },
    );
    expect(status).toBe(422);
    expect(body.detail).toContainEqual(
      expect.objectContaining({ loc: ["query", "actoin"], type: "extra_forbidden" }),
    );
  });

  it("are refused, named, on every operation that does not declare them", {
    timeout: 60_000,
  }, async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const res = await sendWithQuery(op, "?x_undeclared=1");
      const body = (await res.json().catch(() => null)) as ValidationBody | null;
      const named = body?.detail?.some?.(
        (d) => d.loc.join(".") === "query.x_undeclared" && d.type === "extra_forbidden",
      );
      if (res.status !== 422 || !named) wrong.push(`${name(op)} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("refuse a malformed cursor, naming it, on every list", async () => {
    const lists = operations.filter((op) => queryNames(op).includes("cursor"));
    expect(lists.length).toBeGreaterThan(8);
    for (const op of lists) {
      const res = await sendWithQuery(op, "?cursor=not-a-cursor");
      expect(res.status, name(op)).toBe(422);
      const body = (await res.json()) as ValidationBody;
      expect(
        body.detail.map((d) => d.loc),
        name(op),
      ).toContainEqual(["query", "cursor"]);
    }
  });

  it("take the deletion flags as booleans: true/false/1/0, anything else a 422", async () => {
    const owner = await signup();
    const path = tenantPath(owner.tenantId);
    const dryRun = await callJson(`${path}?dry_run=1`, { method: "DELETE", token: owner.token });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body.dry_run).toBe(true);
    const unclear = await callJson<ValidationBody>(`${path}?dry_run=yes`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(unclear.status).toBe(422);
    expect(unclear.body.detail.map((d) => d.loc)).toContainEqual(["query", "dry_run"]);
    const kept = await callJson(path, { token: owner.token });
    expect(kept.body.status).toBe("active");
  });
});

describe("error bodies", () => {
  it("carry code validation_failed on a 422, beside FastAPI's detail list", async () => {
    const { status, body } = await callJson<ValidationBody>(tenantPath(world.tenantId), {
      method: "PUT",
      token: world.owner.token,
      body: { max_concurrent_calls: 0 },
    });
    expect(status).toBe(422);
    expect(body.code).toBe("validation_failed");
    expect(body.detail).toEqual([
      expect.objectContaining({
        loc: ["body", "max_concurrent_calls"],
        type: "greater_than_equal",
      }),
    ]);
    expect(Object.keys(body).sort()).toEqual(["code", "detail"]);
  });
});

describe("recordings", () => {
  let owner: Owner;
  let agentId: string;
  beforeAll(async () => {
    owner = await signup();
    await configure(owner, {
      billing_plan: "enterprise",
      recording_enabled: true,
      max_concurrent_calls: 100,
      monthly_call_limit: 10_000,
    });
    agentId = (await createAgent(owner)).id;
  });

  const upload = async (type: string) => {
    const { body } = await startCall<{ id: string }>(owner, agentId);
    const path = tenantPath(owner.tenantId, `/calls/${body.id}/recording`);
    const res = await send(path, {
      method: "PUT",
      token: owner.token,
      body: new Uint8Array([1, 2, 3, 4]),
      headers: { "Content-Type": type },
    });
    return { res, path };
  };

  it("accept every audio type the document lists, and give it back on download", async () => {
    const op = operations.find(
      (o) => o.method === "PUT" && o.path.endsWith("/calls/{id}/recording"),
    ) as Operation;
    const types = Object.keys(op.requestBody?.content ?? {});
    expect(types.length).toBeGreaterThan(5);
    for (const type of types) {
      const { res, path } = await upload(type);
      expect(res.status, type).toBe(201);
      const download = await send(path, { method: "GET", token: owner.token });
      expect(download.headers.get("Content-Type"), type).toBe(type);
    }
  });

  it("accept parameters on a listed type; refuse the literal audio/* and unlisted types", async () => {
    expect((await upload("audio/L16; rate=8000")).res.status).toBe(201);
    for (const type of ["audio/*", "audio/x-unheard-of", "video/mp4", "application/octet-stream"]) {
      const { res } = await upload(type);
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as { code: string }).code).toBe("unsupported_media_type");
    }
  });
});

describe("signup", () => {
  it("answers with the new tenant's Location", async () => {
    const { status, res, body } = await callJson<{ tenant_id: string }>("/v1/auth/signup", {
      method: "POST",
      body: { email: `loc-${Date.now()}@example.com`, password: "long enough pw" },
    });
    expect(status).toBe(201);
    expect(res.headers.get("Location")).toBe(`/v1/tenants/${body.tenant_id}`);
  });
});

/** Header values that break `schema` (its pattern or its bounds): what a negative test sends. */
function breaking(schema: { pattern?: string; maxLength?: number; minLength?: number }) {
  const candidates = ["", " ", "%", "0", "not a value!", "x".repeat(300), "a/b"];
  return candidates.filter(
    (value) =>
      (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) ||
      (schema.maxLength !== undefined && value.length > schema.maxLength) ||
      (schema.minLength !== undefined && value.length < schema.minLength),
  );
}

describe("request headers", () => {
  const headerParams = (op: Operation) => (op.parameters ?? []).filter((p) => p.in === "header");

  it("every pattern or bound a request header states is enforced with a 4xx", {
    timeout: 120_000,
  }, async () => {
    const accepted: string[] = [];
    const limited: string[] = [];
    let answeredReads = 0;
    let checked = 0;
    // Logging out ends the credential every other request uses: last.
    const ordered = [...operations].sort(
      (a, b) => Number(a.path.endsWith("/logout")) - Number(b.path.endsWith("/logout")),
    );
    for (const op of ordered) {
      const path = (await world.path(op.path)) as string;
      const token = op.security.length > 0 ? adminToken : undefined;
      // A read the world can answer needs nothing else: a refusal is the header's. (The world
      // has no deletion, no move, and no bytes behind its file and recording.)
      if (op.method === "GET" && (await call(path, { token })).status < 400) answeredReads++;
      for (const param of headerParams(op)) {
        // A header can carry no empty value through fetch: "" is the header left out. Two values
        // a header keep the world's tenant within its rate limit.
        for (const value of breaking(param.schema)
          .filter((v) => v.trim() !== "")
          .slice(0, 2)) {
          checked++;
          const res = await call(path, {
            method: op.method,
            token,
            headers: { [param.name]: value },
          });
          const what = `${name(op)} ${param.name}: ${JSON.stringify(value)} → ${res.status}`;
          if (res.status === 429) limited.push(what);
          else if (res.status < 400 || res.status >= 500) accepted.push(what);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // A rate-limited answer would prove nothing about the header.
    expect(limited).toEqual([]);
    expect(answeredReads).toBeGreaterThan(30);
    expect(accepted).toEqual([]);
  });

  it("state no pattern on a header the server takes in any form", () => {
    const stated = operations.flatMap((op) =>
      headerParams(op)
        .filter((p) => ["X-Request-Id", "Range", "If-None-Match"].includes(p.name))
        .filter((p) => p.schema.pattern !== undefined || p.schema.maxLength !== undefined)
        .map((p) => `${name(op)} ${p.name}`),
    );
    expect(stated).toEqual([]);
  });

  it("a header the server needs is required in the document: an upload without X-Filename", async () => {
    const upload = operations.find((op) => op.method === "POST" && op.path.endsWith("/files"));
    const filename = upload?.parameters?.find((p) => p.name === "X-Filename");
    expect(filename?.required).toBe(true);
    const path = tenantPath(world.tenantId, "/files");
    const form = new FormData();
    form.append("file", new File(["hello"], "hello.txt", { type: "text/plain" }));
    const raw = new Blob(["hello"], { type: "text/plain" });
    for (const body of [raw, form]) {
      const res = await send(path, { token: world.owner.token, body });
      expect(res.status).toBe(422);
      const detail = ((await res.json()) as ValidationBody).detail;
      expect(detail.map((d) => d.loc)).toContainEqual(["header", "x-filename"]);
    }
  });
});

describe("rules beyond JSON Schema's keywords", () => {
  /** `schema`'s properties marked with the public-host rule, as `Schema.property`. */
  const marked = (schemas: Record<string, JsonSchemaWithRules>) =>
    Object.entries(schemas).flatMap(([id, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, p]) => p["x-public-host"] || p.anyOf?.some((b) => b["x-public-host"]))
        .map(([field]) => `${id}.${field}`),
    );

  it("a public-host rule is stated where it applies, and https://com is refused there", async () => {
    const { document } = await loadDocument();
    const fields = marked(document.components.schemas as Record<string, JsonSchemaWithRules>);
    expect(fields).toEqual(
      expect.arrayContaining([
        "TenantUpdate.webhook_url",
        "IntegrationCreate.base_url",
        "TenantUpdate.sip_server",
      ]),
    );
    const tenant = await callJson<ValidationBody>(tenantPath(world.tenantId), {
      method: "PUT",
      token: world.owner.token,
      body: { webhook_url: "https://com" },
    });
    expect(tenant.status).toBe(422);
    expect(tenant.body.detail.map((d) => d.loc)).toContainEqual(["body", "webhook_url"]);
    const integration = await callJson<ValidationBody>(
      tenantPath(world.tenantId, "/integrations"),
      {
        method: "POST",
        token: world.owner.token,
        body: { name: "CRM", type: "rest", base_url: "https://com" },
      },
    );
    expect(integration.status).toBe(422);
    expect(integration.body.detail.map((d) => d.loc)).toContainEqual(["body", "base_url"]);
  });
});

type JsonSchemaWithRules = {
  properties?: Record<string, { "x-public-host"?: string; anyOf?: { "x-public-host"?: string }[] }>;
};

describe("every operation, as a contract tester first meets it", () => {
  it("answers without a credential 401, carries X-Request-Id, and only as documented", {
    timeout: 120_000,
  }, async () => {
    const { resolve } = await loadDocument();
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const path = (await world.path(op.path)) as string;
      const anonymous = await call(path, { method: op.method });
      checked++;
      if (op.security.length > 0 && anonymous.status !== 401) {
        wrong.push(`${name(op)} without a credential → ${anonymous.status}`);
      }
      if (!anonymous.headers.get("X-Request-Id")) wrong.push(`${name(op)}: no X-Request-Id`);
      const problem = await undocumented(op, anonymous, resolve);
      if (problem) wrong.push(problem);
      // Reads change nothing, so each is asked with a credential too: its answer as documented.
      if (op.method !== "GET") continue;
      const token = op.security.length > 0 ? adminToken : undefined;
      const read = await call(path, { token, headers: { Accept: "*/*" } });
      if (!read.headers.get("X-Request-Id")) wrong.push(`${name(op)}: no X-Request-Id`);
      const readProblem = await undocumented(op, read, resolve);
      if (readProblem) wrong.push(readProblem);
    }
    expect(checked).toBe(operations.length);
    expect(wrong).toEqual([]);
  });
});
