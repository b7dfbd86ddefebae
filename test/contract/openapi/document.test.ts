import { beforeAll, describe, expect, it } from "vitest";
import { type ApiDocument, loadDocument, type Operation } from "../../support/api-document";
import type { JsonSchema } from "../../support/schema-arbitrary";

type Header = { $ref?: string; schema?: JsonSchema; required?: boolean };
type Response = {
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, { schema: JsonSchema }>;
};
type Parameter = { name: string; in: string; required?: boolean; schema: JsonSchema };
type Op = Operation & {
  responses: Record<string, Response>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type Document = ApiDocument & {
  info: { license?: { name: string } };
  components: { headers?: Record<string, unknown> };
};

let document: Document;
let operations: Op[];
let resolve: (ref: string) => JsonSchema;

beforeAll(async () => {
  const loaded = await loadDocument();
  document = loaded.document as Document;
  operations = loaded.operations as Op[];
  resolve = loaded.resolve;
});

const name = (op: Op) => `${op.method} ${op.path}`;
// Mounted apart from the tenant-scoped routes: they answer while the tenant is being deleted or
// moved.
const DELETION_ROUTES = new Set([
  "DELETE /v1/tenants/{tenant_id}",
  "GET /v1/tenants/{tenant_id}/deletion",
  "POST /v1/tenants/{tenant_id}/deletion/resume",
  "POST /v1/tenants/{tenant_id}/deletion/cancel",
  "POST /v1/tenants/{tenant_id}/move",
  "GET /v1/tenants/{tenant_id}/move",
]);
const tenantScoped = () =>
  operations.filter(
    (op) => op.path.startsWith("/v1/tenants/{tenant_id}") && !DELETION_ROUTES.has(name(op)),
  );
const find = (method: string, path: string) => {
  const op = operations.find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`${method} ${path} is not documented`);
  return op;
};

/** The error codes a documented response says it can carry. */
function codesOf(response: Response | undefined): string[] {
  const schema = response?.content?.["application/json"]?.schema;
  if (!schema) return [];
  const codes: string[] = [];
  const visit = (s: unknown) => {
    if (!s || typeof s !== "object") return;
    const node = s as Record<string, unknown>;
    if (typeof node.$ref === "string") return visit(resolve(node.$ref));
    const code = (node.properties as Record<string, JsonSchema> | undefined)?.code;
    if (code?.enum) codes.push(...(code.enum as string[]));
    if (code?.const !== undefined) codes.push(code.const as string);
    for (const key of ["allOf", "anyOf", "oneOf"]) {
      for (const branch of (node[key] as unknown[] | undefined) ?? []) visit(branch);
    }
  };
  visit(schema);
  return codes;
}

/** A response's header by name, case-insensitively, its `$ref` resolved. */
function headerOf(response: Response | undefined, header: string): Header | undefined {
  const entry = Object.entries(response?.headers ?? {}).find(
    ([key]) => key.toLowerCase() === header.toLowerCase(),
  )?.[1];
  if (!entry?.$ref) return entry;
  return document.components.headers?.[entry.$ref.split("/").at(-1) as string] as Header;
}

const parameterOf = (op: Op, where: string, param: string) =>
  op.parameters?.find((p) => p.in === where && p.name.toLowerCase() === param.toLowerCase());

describe("the OpenAPI document's statuses", () => {
  it("documents 409 tenant_deleting on every tenant-scoped operation but the deletion and move routes", () => {
    const missing = tenantScoped()
      .filter((op) => !codesOf(op.responses["409"]).includes("tenant_deleting"))
      .map(name);
    expect(tenantScoped().length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it("documents 409 tenant_moving, with Retry-After, on every tenant-scoped write", () => {
    const writes = tenantScoped().filter((op) => op.method !== "GET");
    const missing = writes
      .filter(
        (op) =>
          !codesOf(op.responses["409"]).includes("tenant_moving") ||
          !headerOf(op.responses["409"], "Retry-After"),
      )
      .map(name);
    expect(writes.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("documents 429 on every operation", () => {
    expect(operations.filter((op) => !op.responses["429"]).map(name)).toEqual([]);
  });

  it("names the code of every documented error, in a closed list", () => {
    const catalog = resolve("#/components/schemas/ErrorCode");
    expect(catalog.enum?.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const codes = codesOf(response);
        if (codes.length === 0) wrong.push(`${name(op)} ${status}: no code`);
        for (const code of codes) {
          if (!catalog.enum?.includes(code)) wrong.push(`${name(op)} ${status}: ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives the 422 body a code beside FastAPI's detail list", () => {
    const body = resolve("#/components/schemas/ValidationError");
    expect(body.required).toEqual(expect.arrayContaining(["detail", "code"]));
    expect(body.properties?.code?.const ?? body.properties?.code?.enum?.[0]).toBe(
      "validation_failed",
    );
    expect(body.properties?.detail?.type).toBe("array");
  });
});

describe("the OpenAPI document's headers", () => {
  it("declares X-Request-Id and X-D1-Bookmark on every response", () => {
    const missing: string[] = [];
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const header of ["X-Request-Id", "X-D1-Bookmark"]) {
          if (!headerOf(response, header)) missing.push(`${name(op)} ${status} ${header}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("declares X-D1-Bookmark as a request header on every operation", () => {
    expect(
      operations.filter((op) => !parameterOf(op, "header", "X-D1-Bookmark")).map(name),
    ).toEqual([]);
  });

  it("declares Location on creates and Retry-After on every 429", () => {
    const creates = operations.filter((op) => op.method === "POST" && op.responses["201"]);
    expect(creates.length).toBeGreaterThan(6);
    for (const op of creates)
      expect(headerOf(op.responses["201"], "Location"), name(op)).toBeDefined();
    for (const op of operations) {
      expect(headerOf(op.responses["429"], "Retry-After"), name(op)).toBeDefined();
    }
  });

  it("declares Idempotency-Key and Idempotent-Replayed on POST and DELETE under a tenant", () => {
    const writes = tenantScoped().filter((op) => op.method === "POST" || op.method === "DELETE");
    expect(writes.length).toBeGreaterThan(10);
    for (const op of writes) {
      expect(parameterOf(op, "header", "Idempotency-Key"), name(op)).toBeDefined();
      const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
      expect(headerOf(success?.[1], "Idempotent-Replayed"), name(op)).toBeDefined();
    }
  });

  it("declares ETag, If-None-Match and 304 on the cacheable reads, If-Match on the tenant update", () => {
    for (const [method, path] of [
      ["GET", "/v1/tenants/{tenant_id}"],
      ["GET", "/v1/tenants/{tenant_id}/files/{id}/content"],
      ["GET", "/v1/tenants/{tenant_id}/calls/{id}/recording"],
    ] as const) {
      const op = find(method, path);
      expect(headerOf(op.responses["200"], "ETag"), path).toBeDefined();
      expect(parameterOf(op, "header", "If-None-Match"), path).toBeDefined();
      expect(headerOf(op.responses["304"], "ETag"), path).toBeDefined();
    }
    const update = find("PUT", "/v1/tenants/{tenant_id}");
    expect(parameterOf(update, "header", "If-Match")).toBeDefined();
    expect(headerOf(update.responses["200"], "ETag")).toBeDefined();
    expect(codesOf(update.responses["412"])).toContain("precondition_failed");
  });

  it("declares Content-Range on 206 and 416", () => {
    const ranged = operations.filter((op) => op.responses["206"]);
    expect(ranged.length).toBe(2);
    for (const op of ranged) {
      expect(headerOf(op.responses["206"], "Content-Range"), name(op)).toBeDefined();
      expect(headerOf(op.responses["416"], "Content-Range"), name(op)).toBeDefined();
    }
  });

  it("declares no Content-Length parameter anywhere", () => {
    const declared = operations.filter((op) => parameterOf(op, "header", "Content-Length"));
    expect(declared.map(name)).toEqual([]);
  });
});

describe("the OpenAPI document's media types", () => {
  const AUDIO = ["audio/wav", "audio/mpeg", "audio/ogg", "audio/webm", "audio/flac", "audio/L16"];

  it("lists concrete audio types for recordings, never the literal audio/*", () => {
    expect(JSON.stringify(document.paths)).not.toContain("audio/*");
    const upload = find("PUT", "/v1/tenants/{tenant_id}/calls/{id}/recording");
    expect(Object.keys(upload.requestBody?.content ?? {})).toEqual(expect.arrayContaining(AUDIO));
    const download = find("GET", "/v1/tenants/{tenant_id}/calls/{id}/recording");
    expect(Object.keys(download.responses["200"]?.content ?? {})).toEqual(
      expect.arrayContaining(AUDIO),
    );
  });

  it("documents every upload form of a file and the types downloads come back with", () => {
    const upload = find("POST", "/v1/tenants/{tenant_id}/files");
    const content = upload.requestBody?.content ?? {};
    expect(Object.keys(content)).toEqual(
      expect.arrayContaining([
        "application/octet-stream",
        "text/plain",
        "application/pdf",
        "multipart/form-data",
      ]),
    );
    const form = content["multipart/form-data"]?.schema;
    expect(form?.required).toContain("file");
    expect(form?.properties?.file?.format).toBe("binary");
    const filename = parameterOf(upload, "header", "X-Filename");
    expect(filename?.schema.pattern).toBeTruthy();
    expect(JSON.stringify(filename)).toMatch(/required/i);
    const download = find("GET", "/v1/tenants/{tenant_id}/files/{id}/content");
    expect(Object.keys(download.responses["200"]?.content ?? {})).toEqual(
      expect.arrayContaining(["text/plain", "application/pdf", "application/octet-stream"]),
    );
  });
});

describe("the OpenAPI document's constraints", () => {
  const schema = (component: string) => resolve(`#/components/schemas/${component}`);
  const branches = (s: JsonSchema | undefined): JsonSchema[] =>
    s ? [s, ...(s.anyOf ?? []).flatMap(branches), ...(s.oneOf ?? []).flatMap(branches)] : [];

  it("states the webhook secret's pattern and unique squad members", () => {
    const secret = branches(schema("TenantUpdate").properties?.webhook_secret);
    expect(secret.some((s) => s.pattern?.startsWith("^whsec_"))).toBe(true);
    expect(schema("SquadCreate").properties?.agent_ids?.uniqueItems).toBe(true);
    expect(schema("SquadUpdate").properties?.agent_ids?.uniqueItems).toBe(true);
  });

  it("types dry_run and force as booleans", () => {
    const remove = find("DELETE", "/v1/tenants/{tenant_id}");
    for (const flag of ["dry_run", "force"]) {
      expect(parameterOf(remove, "query", flag)?.schema.type, flag).toBe("boolean");
    }
  });

  it("formats every timestamp of a response as date-time", () => {
    const TIMESTAMP = /(_at|^period_(start|end)|^timestamp)$/;
    const loose: string[] = [];
    const visit = (s: JsonSchema | undefined, where: string, seen: Set<string>) => {
      if (!s) return;
      if (s.$ref) {
        if (seen.has(s.$ref)) return;
        return visit(resolve(s.$ref), s.$ref, new Set([...seen, s.$ref]));
      }
      for (const [key, value] of Object.entries(s.properties ?? {})) {
        if (TIMESTAMP.test(key) && !branches(value).some((b) => b.format === "date-time"))
          loose.push(`${where}.${key}`);
        visit(value, `${where}.${key}`, seen);
      }
      for (const b of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
        visit(b, where, seen);
      if (s.items) visit(s.items, `${where}[]`, seen);
    };
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        visit(response.content?.["application/json"]?.schema, `${name(op)} ${status}`, new Set());
      }
    }
    expect([...new Set(loose)]).toEqual([]);
  });

  it("references named schemas from pages", () => {
    const list = find("GET", "/v1/tenants/{tenant_id}/agents");
    const page = list.responses["200"]?.content?.["application/json"]?.schema as JsonSchema;
    const resolved = page.$ref ? resolve(page.$ref) : page;
    expect(resolved.properties?.items?.items?.$ref).toBe("#/components/schemas/Agent");
  });

  it("keeps signup's tenant_id non-null; login's may be null for platform admins", () => {
    const signup = find("POST", "/v1/auth/signup").responses["201"]?.content?.["application/json"];
    const body = resolve(signup?.schema.$ref as string);
    expect(body.properties?.tenant_id?.type).toBe("string");
    expect(body.required).toContain("tenant_id");
  });

  it("has a license and operation ids a code generator can use", () => {
    expect(document.info.license?.name).toBeTruthy();
    const ids = operations.map((op) => op.operationId);
    expect(ids.filter((id) => !/^[a-z][a-z0-9_]*$/.test(id))).toEqual([]);
  });
});
