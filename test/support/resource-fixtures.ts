import { exports } from "cloudflare:workers";
import type { CallStartBody } from "../../src/calls/schemas";
import { callJson, type Owner, tenantPath, updateTenant } from "./api-client";

/** A request with a body sent as it is (bytes, a stream, a form), not as JSON. */
export function send(
  path: string,
  options: { method?: string; token: string; body?: BodyInit; headers?: Record<string, string> },
): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set("Authorization", `Bearer ${options.token}`);
  return exports.default.fetch(
    new Request(`http://api.test${path}`, {
      method: options.method ?? "POST",
      headers,
      body: options.body ?? null,
    }),
  );
}

/** Creates a resource through the API and returns its body; fails the test on anything but 201. */
export async function create<T = Record<string, unknown>>(
  owner: Owner,
  resource: string,
  body: unknown,
): Promise<T & { id: string }> {
  const res = await callJson<T & { id: string }>(tenantPath(owner.tenantId, `/${resource}`), {
    method: "POST",
    token: owner.token,
    body,
  });
  if (res.status !== 201) {
    throw new Error(`create ${resource}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

export const createAgent = (owner: Owner, name = "Receptionist") =>
  create(owner, "agents", { name, voice: "alloy", language: "en-US" });

/** A body for `POST …/calls` with an agent of the tenant, `changes` on top. */
export const callStart = (
  agentId: string,
  changes: Partial<CallStartBody> = {},
): CallStartBody => ({
  agent_id: agentId,
  direction: "inbound",
  from_number: "+14155550100",
  to_number: "+14155550101",
  ...changes,
});

/** `POST …/calls` as the owner; the response as it is, since a refusal may be the point. */
export const startCall = <T = { id: string }>(
  owner: Owner,
  agentId: string,
  changes: Partial<CallStartBody> = {},
) =>
  callJson<T>(tenantPath(owner.tenantId, "/calls"), {
    method: "POST",
    token: owner.token,
    body: callStart(agentId, changes),
  });

/** Sets tenant settings, failing the test if the update is refused. */
export async function configure(owner: Owner, settings: Record<string, unknown>) {
  const res = await updateTenant(owner, settings);
  if (res.status !== 200) throw new Error(`configure: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Deterministic pseudo-random bytes: every byte value occurs, so a corruption shows. */
export function testBytes(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
