import { env } from "cloudflare:workers";
import { callJson, type Owner, signup, tenantPath } from "./api-client";
import { configure, createAgent, send, startCall, testBytes } from "./resource-fixtures";

export type CallBody = {
  id: string;
  status: string;
  from_number: string;
  recording: { size: number; content_type: string; sha256: string } | null;
};

/** An enterprise tenant with recording on and room for calls, `settings` on top, and an agent. */
export async function recordingTenant(settings: Record<string, unknown> = {}) {
  const owner = await signup();
  await configure(owner, {
    billing_plan: "enterprise",
    max_concurrent_calls: 1000,
    recording_enabled: true,
    ...settings,
  });
  const agent = await createAgent(owner);
  return { owner, agentId: agent.id };
}

export const recordingPath = (owner: Owner, callId: string) =>
  tenantPath(owner.tenantId, `/calls/${callId}/recording`);

export const putRecording = (owner: Owner, callId: string, body: BodyInit = testBytes(1000)) =>
  send(recordingPath(owner, callId), {
    method: "PUT",
    token: owner.token,
    body,
    headers: { "Content-Type": "audio/wav" },
  });

/** A call with a recording of `size` bytes, uploaded through the API. */
export async function callWithRecording(owner: Owner, agentId: string, size = 1000) {
  const started = await startCall<CallBody>(owner, agentId);
  if (started.status !== 201) throw new Error(`start: ${started.status}`);
  const put = await putRecording(owner, started.body.id, testBytes(size, size));
  if (put.status !== 201) throw new Error(`upload: ${put.status} ${await put.text()}`);
  return (await put.json()) as CallBody;
}

/** The keys stored for a call's recordings, read from the bucket itself. */
export const recordingObjects = async (tenantId: string, callId: string) =>
  (await env.BLOBS_US.list({ prefix: `tenants/${tenantId}/recordings/${callId}/` })).objects.map(
    (o) => o.key,
  );

/** The call's recording columns, read from D1 itself. */
export const recordingColumns = (callId: string) =>
  env.CELL_US_1.prepare(
    "SELECT recording_key, recording_size, recording_content_type, recording_sha256 FROM calls WHERE id = ?",
  )
    .bind(callId)
    .first<Record<string, unknown>>();

export type Entry = {
  id: string;
  action: string;
  actor_id: string;
  target_type: string;
  target_id: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  accessed: string[] | null;
  request_id: string;
  ip: string | null;
  user_agent: string | null;
};

/** The tenant's activity entries of `action`, newest first. */
export async function entriesOf(owner: Owner, action: string): Promise<Entry[]> {
  const { body } = await callJson<{ items: Entry[] }>(
    tenantPath(owner.tenantId, `/activity-logs?limit=100&action=${action}`),
    { token: owner.token },
  );
  return body.items;
}

/** How many activity entries the tenant has, read from D1 itself. */
export const entryCount = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ?")
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n ?? 0;
