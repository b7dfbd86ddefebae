import { env, exports } from "cloudflare:workers";
import { hashPassword, passwordIterations } from "../../src/auth/password";
import { issueToken } from "../../src/auth/tokens";
import { newId, nowIso } from "../../src/lib/ids";

export type RequestOptions = {
  method?: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
};

let clients = 0;

/** The request a client would send. */
export function clientRequest(path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  // Each test client is its own address, so per-IP limits do not span tests.
  if (!headers.has("CF-Connecting-IP"))
    headers.set("CF-Connecting-IP", `198.51.100.${++clients % 250}`);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  return new Request(`http://api.test${path}`, { method: options.method ?? "GET", headers, body });
}

/** A request through the worker's own fetch handler, as a client would send it. */
export function call(path: string, options: RequestOptions = {}): Promise<Response> {
  return exports.default.fetch(clientRequest(path, options));
}

export async function callJson<T = Record<string, unknown>>(
  path: string,
  options: RequestOptions = {},
) {
  const res = await call(path, options);
  return { res, status: res.status, body: (await res.json()) as T };
}

let counter = 0;
export const uniqueEmail = (prefix = "owner") => `${prefix}-${Date.now()}-${++counter}@example.com`;

export type Owner = {
  token: string;
  tenantId: string;
  email: string;
  password: string;
  refreshToken: string;
};

/** A new owner and tenant, through the API: in `region`'s cell (default `us`). */
export async function signup(name?: string, region?: "us" | "eu"): Promise<Owner> {
  const email = uniqueEmail();
  const password = "correct horse battery";
  const { status, body } = await callJson<{
    access_token: string;
    refresh_token: string;
    tenant_id: string;
  }>("/v1/auth/signup", {
    method: "POST",
    body: { email, password, ...(name && { name }), ...(region && { data_region: region }) },
  });
  if (status !== 201) throw new Error(`signup failed: ${status} ${JSON.stringify(body)}`);
  return {
    token: body.access_token,
    tenantId: body.tenant_id,
    email,
    password,
    refreshToken: body.refresh_token,
  };
}

/** Platform admins are created by operators, straight in the database, never through the API. */
export async function createPlatformAdmin() {
  const id = newId();
  const email = uniqueEmail("admin");
  await env.DB.prepare(
    "INSERT INTO users (id, email, password_hash, role, tenant_id, created_at) VALUES (?, ?, ?, 'platform_admin', NULL, ?)",
  )
    .bind(id, email, await hashPassword("admin password 123", passwordIterations(env)), nowIso())
    .run();
  const sessionId = newId();
  const expiresAt = new Date(Date.now() + 3600_000).toISOString();
  await env.DB.prepare(
    "INSERT INTO admin_sessions (id, tenant_id, user_id, created_at, expires_at) VALUES (?, NULL, ?, ?, ?)",
  )
    .bind(sessionId, id, nowIso(), expiresAt)
    .run();
  const token = await issueToken(env.JWT_SECRET, {
    userId: id,
    role: "platform_admin",
    tenantId: null,
    sessionId,
    cell: null,
  });
  return { id, email, token };
}

export const tenantPath = (tenantId: string, rest = "") => `/v1/tenants/${tenantId}${rest}`;

export async function updateTenant(
  owner: Owner,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return callJson(tenantPath(owner.tenantId), { method: "PUT", token: owner.token, body, headers });
}
