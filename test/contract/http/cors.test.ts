import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../../src/app";
import {
  call,
  clientRequest,
  type Owner,
  type RequestOptions,
  signup,
  tenantPath,
} from "../../support/api-client";
import { loadDocument } from "../../support/api-document";

// The test environment's CORS_ORIGINS (vitest.config.ts) lists the app below and the localhost
// patterns.
const APP = "https://app.example.com";
const FOREIGN = "https://evil.example";

// Safelisted for every response: a browser lets scripts read them without being told.
const SAFELISTED_RESPONSE = [
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
];

/**
 * What the API document says clients send and read: every method, every header parameter (with
 * the bearer token's `Authorization` and the bodies' `Content-Type`), every response header.
 */
async function documentedHeaders() {
  const { document, operations } = await loadDocument();
  const responseHeaders = Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).flatMap((op) =>
      Object.values(op.responses as Record<string, { headers?: Record<string, unknown> }>).flatMap(
        (response) => Object.keys(response.headers ?? {}),
      ),
    ),
  );
  return {
    methods: [...new Set(operations.map((op) => op.method.toLowerCase()))],
    requestHeaders: [
      ...new Set([
        "authorization",
        "content-type",
        ...operations.flatMap((op) =>
          (op.parameters ?? []).filter((p) => p.in === "header").map((p) => p.name.toLowerCase()),
        ),
      ]),
    ],
    // `Set-Cookie` is a forbidden response header: no browser shows it to a script, exposed or not.
    responseHeaders: [...new Set(responseHeaders.map((name) => name.toLowerCase()))].filter(
      (name) => !SAFELISTED_RESPONSE.includes(name) && name !== "set-cookie",
    ),
  };
}

const list = (header: string | null) =>
  (header ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

const preflight = (path: string, origin: string, method = "PUT") =>
  call(path, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": method,
      "Access-Control-Request-Headers": "authorization,content-type,if-match",
    },
  });

/** The request through the app with some bindings replaced. */
async function callWith(path: string, options: RequestOptions, bindings: Partial<Cloudflare.Env>) {
  const ctx = createExecutionContext();
  const res = await app.fetch(clientRequest(path, options), { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

function expectPreflightAllowed(res: Response, origin: string) {
  expect(res.status).toBe(204);
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe(origin);
  expect(list(res.headers.get("Access-Control-Allow-Methods"))).toEqual(
    expect.arrayContaining(documented.methods),
  );
  expect(list(res.headers.get("Access-Control-Allow-Headers"))).toEqual(
    expect.arrayContaining(documented.requestHeaders),
  );
  expect(list(res.headers.get("Vary"))).toContain("origin");
  // Bearer tokens, not cookies: credentials are never allowed.
  expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
}

const corsHeaders = (res: Response) =>
  [...res.headers.keys()].filter((name) => name.toLowerCase().startsWith("access-control-"));

let owner: Owner;
let documented: Awaited<ReturnType<typeof documentedHeaders>>;
beforeAll(async () => {
  owner = await signup();
  documented = await documentedHeaders();
  // Not vacuous: the document names the headers this API is built around.
  expect(documented.requestHeaders).toEqual(
    expect.arrayContaining(["if-match", "idempotency-key"]),
  );
  expect(documented.responseHeaders).toEqual(expect.arrayContaining(["etag", "x-request-id"]));
});

describe("CORS", () => {
  it("a preflight on a tenant route is answered before authentication: 204 with the allow headers", async () => {
    const res = await preflight(tenantPath(owner.tenantId), APP);
    expectPreflightAllowed(res, APP);
    expect(res.headers.get("X-Request-Id")).toBeTruthy();
    expect(await res.text()).toBe("");
  });

  it("a preflight on /v1/auth/login → 204 with the allow headers", async () => {
    expectPreflightAllowed(await preflight("/v1/auth/login", APP, "POST"), APP);
  });

  it("localhost and 127.0.0.1 on any port; the wildcard stands for a port only", async () => {
    for (const origin of [
      "http://localhost:5173",
      "http://localhost:3000",
      "http://127.0.0.1:8080",
    ]) {
      expectPreflightAllowed(await preflight("/v1/auth/login", origin, "POST"), origin);
    }
    for (const origin of [
      "https://localhost:5173",
      "http://localhost.evil.example:5173",
      "http://localhost:5173.evil.example",
      "http://evil-localhost:5173",
      "http://localhost:abc",
    ]) {
      const res = await preflight("/v1/auth/login", origin, "POST");
      expect(corsHeaders(res)).toEqual([]);
    }
  });

  it("an answer exposes the headers clients read", async () => {
    const res = await call(tenantPath(owner.tenantId), {
      token: owner.token,
      headers: { Origin: APP },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(APP);
    expect(list(res.headers.get("Access-Control-Expose-Headers"))).toEqual(
      expect.arrayContaining(documented.responseHeaders),
    );
    expect(list(res.headers.get("Vary"))).toContain("origin");
  });

  it("a download streamed from R2 carries them too, a range included", async () => {
    const uploaded = await call(tenantPath(owner.tenantId, "/files"), {
      method: "POST",
      token: owner.token,
      body: "0123456789",
      headers: { "Content-Type": "text/plain", "X-Filename": "digits.txt", Origin: APP },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.headers.get("Access-Control-Allow-Origin")).toBe(APP);
    const { id } = (await uploaded.json()) as { id: string };
    const res = await call(tenantPath(owner.tenantId, `/files/${id}/content`), {
      token: owner.token,
      headers: { Origin: APP, Range: "bytes=2-4" },
    });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe("234");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(APP);
    expect(list(res.headers.get("Access-Control-Expose-Headers"))).toContain("content-range");
  });

  it("error answers carry Access-Control-Allow-Origin too: 401, 404, 429", async () => {
    const unauthenticated = await call(tenantPath(owner.tenantId), { headers: { Origin: APP } });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get("Access-Control-Allow-Origin")).toBe(APP);

    const missing = await call("/v1/nowhere", { headers: { Origin: APP } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Access-Control-Allow-Origin")).toBe(APP);

    const refuseAll: RateLimit = { limit: async () => ({ success: false }) };
    const limited = await callWith(
      tenantPath(owner.tenantId),
      { token: owner.token, headers: { Origin: APP } },
      { TENANT_API_LIMITER: refuseAll },
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Access-Control-Allow-Origin")).toBe(APP);
    expect(list(limited.headers.get("Access-Control-Expose-Headers"))).toContain("retry-after");
  });

  it("an origin not listed gets no CORS headers, on a preflight or an answer", async () => {
    const res = await preflight(tenantPath(owner.tenantId), FOREIGN);
    expect(res.status).not.toBe(204);
    expect(corsHeaders(res)).toEqual([]);
    const read = await call(tenantPath(owner.tenantId), {
      token: owner.token,
      headers: { Origin: FOREIGN },
    });
    expect(read.status).toBe(200);
    expect(corsHeaders(read)).toEqual([]);
    const noOrigin = await call(tenantPath(owner.tenantId), { token: owner.token });
    expect(corsHeaders(noOrigin)).toEqual([]);
  });

  it("development without CORS_ORIGINS allows the localhost patterns; production allows no origin", async () => {
    const options = {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST" },
    };
    const development = await callWith("/v1/auth/login", options, {
      CORS_ORIGINS: "",
      ENVIRONMENT: "development",
    });
    expectPreflightAllowed(development, "http://localhost:5173");

    const production = await callWith("/v1/auth/login", options, {
      CORS_ORIGINS: "",
      ENVIRONMENT: "production",
    });
    expect(corsHeaders(production)).toEqual([]);
    const listedInProduction = await callWith(
      "/v1/auth/login",
      { ...options, headers: { ...options.headers, Origin: APP } },
      { CORS_ORIGINS: ` ${APP}/ , https://other.example`, ENVIRONMENT: "production" },
    );
    expectPreflightAllowed(listedInProduction, APP);
  });
});
