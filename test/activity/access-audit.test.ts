import { beforeAll, describe, expect, it } from "vitest";
import { call, createPlatformAdmin, type Owner, tenantPath } from "../support/api-client";
import { withFailingLog } from "../support/failing-inserts";
import {
  type CallBody,
  callWithRecording,
  type Entry,
  entriesOf,
  entryCount,
  recordingPath,
  recordingTenant,
} from "../support/recordings";
import { send, startCall } from "../support/resource-fixtures";

const CLIENT = { "CF-Connecting-IP": "203.0.113.9", "User-Agent": "audit-test/1" };

type Read = { name: string; path: (owner: Owner, callId: string) => string };
type World = { owner: Owner; agentId: string; callId: string };

const READS: Read[] = [
  { name: "GET call", path: (o, id) => tenantPath(o.tenantId, `/calls/${id}`) },
  { name: "GET calls", path: (o) => tenantPath(o.tenantId, "/calls?limit=2") },
  { name: "GET recording", path: (o, id) => recordingPath(o, id) },
  { name: "GET export", path: (o) => tenantPath(o.tenantId, "/export") },
];

/** The read as a client sends it, its body read to the end. */
async function read(owner: Owner, path: string, headers: Record<string, string> = {}) {
  const res = await call(path, { token: owner.token, headers: { ...CLIENT, ...headers } });
  const body = await res.arrayBuffer();
  return { res, status: res.status, requestId: res.headers.get("X-Request-Id"), body };
}

const json = (body: ArrayBuffer) => JSON.parse(new TextDecoder().decode(body));

describe("with hipaa_enabled, every read of protected health information is logged", () => {
  let hipaa: World;
  let plain: World;

  /** Three calls, two with a recording: a list of two has a next page. */
  async function world(settings: Record<string, unknown>): Promise<World> {
    const { owner, agentId } = await recordingTenant(settings);
    await callWithRecording(owner, agentId);
    const { id } = await callWithRecording(owner, agentId);
    await startCall(owner, agentId);
    return { owner, agentId, callId: id };
  }

  beforeAll(async () => {
    hipaa = await world({ hipaa_enabled: true });
    plain = await world({});
  });

  /** The one new entry of `action`, checked for who, from where and which request. */
  async function theEntry(owner: Owner, action: string, requestId: string | null) {
    const entries = (await entriesOf(owner, action)).filter((e) => e.request_id === requestId);
    expect(entries, action).toHaveLength(1);
    const entry = entries[0] as Entry;
    expect(entry).toMatchObject({
      actor_id: owner.tenantId,
      ip: CLIENT["CF-Connecting-IP"],
      user_agent: CLIENT["User-Agent"],
      changes: {},
    });
    return entry;
  }

  it("GET call: call.accessed, with the call's id", async () => {
    const { owner, callId } = hipaa;
    const { status, requestId } = await read(owner, READS[0]?.path(owner, callId) as string);
    expect(status).toBe(200);
    const entry = await theEntry(owner, "call.accessed", requestId);
    expect(entry).toMatchObject({ target_type: "call", target_id: callId, accessed: [callId] });
  });

  it("GET calls: calls.listed, one entry with the ids on that page", async () => {
    const { owner } = hipaa;
    const { status, body, requestId } = await read(owner, READS[1]?.path(owner, "") as string);
    expect(status).toBe(200);
    const page = json(body) as { items: CallBody[]; next_cursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.next_cursor).not.toBeNull();
    const entry = await theEntry(owner, "calls.listed", requestId);
    expect(entry).toMatchObject({ target_type: "tenant", target_id: owner.tenantId });
    expect(entry.accessed).toEqual(page.items.map((c) => c.id));
    // The next page logs its own ids.
    const next = await read(owner, tenantPath(owner.tenantId, `/calls?cursor=${page.next_cursor}`));
    const rest = (json(next.body) as { items: CallBody[] }).items.map((c) => c.id);
    expect((await theEntry(owner, "calls.listed", next.requestId)).accessed).toEqual(rest);
  });

  it("GET recording: recording.accessed, for 200, 206 and 304 alike", async () => {
    const { owner, callId } = hipaa;
    const path = recordingPath(owner, callId);
    const whole = await read(owner, path);
    expect(whole.status).toBe(200);
    const part = await read(owner, path, { Range: "bytes=0-9" });
    expect(part.status).toBe(206);
    const etag = whole.res.headers.get("ETag") as string;
    const cached = await read(owner, path, { "If-None-Match": etag });
    expect(cached.status).toBe(304);
    for (const { requestId } of [whole, part, cached]) {
      const entry = await theEntry(owner, "recording.accessed", requestId);
      expect(entry).toMatchObject({ target_type: "call", target_id: callId, accessed: [callId] });
    }
  });

  it("GET export: tenant.exported, naming the tables read, before the first byte", async () => {
    const { owner } = hipaa;
    const { status, body, requestId } = await read(owner, READS[3]?.path(owner, "") as string);
    expect(status).toBe(200);
    const entry = await theEntry(owner, "tenant.exported", requestId);
    expect(entry).toMatchObject({ target_type: "tenant", target_id: owner.tenantId });
    expect(entry.accessed).toEqual(expect.arrayContaining(["tenants", "calls", "activity_logs"]));
    // Written before the stream began, the entry is in the export itself.
    const exported = json(body) as { tables: { activity_logs: { request_id: string }[] } };
    expect(exported.tables.activity_logs.map((e) => e.request_id)).toContain(requestId);
  });

  it("a read that finds nothing writes nothing", async () => {
    const { owner, agentId, callId } = hipaa;
    const bare = await startCall<CallBody>(owner, agentId);
    const before = await entryCount(owner.tenantId);
    const ghost = crypto.randomUUID();
    expect((await read(owner, tenantPath(owner.tenantId, `/calls/${ghost}`))).status).toBe(404);
    expect((await read(owner, recordingPath(owner, ghost))).status).toBe(404);
    expect((await read(owner, recordingPath(owner, bare.body.id))).status).toBe(404);
    const outOfRange = await read(owner, recordingPath(owner, callId), { Range: "bytes=99999-" });
    expect(outOfRange.status).toBe(416);
    expect(await entryCount(owner.tenantId)).toBe(before);
  });

  it("without HIPAA, the same reads write nothing", async () => {
    const { owner, callId } = plain;
    const before = await entryCount(owner.tenantId);
    for (const { name, path } of READS) {
      expect((await read(owner, path(owner, callId))).status, name).toBe(200);
    }
    expect(await entryCount(owner.tenantId)).toBe(before);
  });

  it("fails closed: when the entry cannot be written, each read is a 500 and serves nothing", async () => {
    const { owner, callId } = hipaa;
    const answers = await withFailingLog(async () => {
      const seen: string[] = [];
      for (const { name, path } of READS) {
        const { status, body, res } = await read(owner, path(owner, callId));
        seen.push(`${name} ${status} ${res.headers.get("Content-Type")}`);
        expect(json(body), name).toEqual({
          detail: "Internal server error",
          code: "internal_error",
        });
      }
      return seen;
    });
    expect(answers).toEqual(READS.map(({ name }) => `${name} 500 application/json`));
  });

  it("a platform admin's reads are logged under the admin", async () => {
    const { owner, callId } = hipaa;
    const admin = await createPlatformAdmin();
    const res = await send(tenantPath(owner.tenantId, `/calls/${callId}`), {
      method: "GET",
      token: admin.token,
    });
    expect(res.status).toBe(200);
    const entries = await entriesOf(owner, "call.accessed");
    expect(entries[0]).toMatchObject({
      actor_id: admin.id,
      request_id: res.headers.get("X-Request-Id"),
    });
  });
});
