import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { callJson, type Owner, signup, tenantPath } from "../support/api-client";
import {
  configure,
  createAgent,
  send,
  sha256Hex,
  startCall,
  testBytes,
} from "../support/resource-fixtures";

type CallBody = {
  id: string;
  recording: { size: number; content_type: string; sha256: string } | null;
};

let owner: Owner;
let agentId: string;
beforeAll(async () => {
  owner = await signup("Recorder");
  await configure(owner, { recording_enabled: true, max_concurrent_calls: 10 });
  agentId = (await createAgent(owner)).id;
});

async function activeCall(): Promise<CallBody> {
  const { status, body } = await startCall<CallBody>(owner, agentId);
  expect(status).toBe(201);
  return body;
}

const recordingPath = (callId: string) => tenantPath(owner.tenantId, `/calls/${callId}/recording`);

const put = (callId: string, body: BodyInit, type = "audio/wav") =>
  send(recordingPath(callId), {
    method: "PUT",
    token: owner.token,
    body,
    headers: { "Content-Type": type },
  });

const get = (callId: string, headers: Record<string, string> = {}) =>
  send(recordingPath(callId), { method: "GET", token: owner.token, headers });

/** The objects stored for a call's recording: one, once a replacement has gone through. */
const recordingKeys = async (callId: string) =>
  (
    await env.BLOBS_US.list({ prefix: `tenants/${owner.tenantId}/recordings/${callId}/` })
  ).objects.map((o) => o.key);

describe("recordings", () => {
  it("round-trip byte for byte and sit under the tenant's prefix", async () => {
    const call = await activeCall();
    expect(call.recording).toBeNull();
    const audio = testBytes(2 * 1024 * 1024 + 3, 42);
    const expected = await sha256Hex(audio);

    const stored = await put(call.id, audio);
    expect(stored.status).toBe(201);
    const body = (await stored.json()) as CallBody;
    expect(body.recording).toEqual({
      size: audio.length,
      content_type: "audio/wav",
      sha256: expected,
    });

    const [key] = await recordingKeys(call.id);
    const object = await env.BLOBS_US.get(key as string);
    expect(object).not.toBeNull();
    expect(await sha256Hex(await (object as R2ObjectBody).arrayBuffer())).toBe(expected);

    const download = await get(call.id);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("audio/wav");
    expect(download.headers.get("Accept-Ranges")).toBe("bytes");
    expect(await sha256Hex(await download.arrayBuffer())).toBe(expected);

    const part = await get(call.id, { Range: "bytes=1000-1999" });
    expect(part.status).toBe(206);
    expect(part.headers.get("Content-Range")).toBe(`bytes 1000-1999/${audio.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(audio.slice(1000, 2000));
  });

  it("replace an earlier recording", async () => {
    const call = await activeCall();
    expect((await put(call.id, testBytes(100, 1))).status).toBe(201);
    const second = testBytes(300, 2);
    const replaced = await put(call.id, second, "audio/ogg");
    expect(replaced.status).toBe(200);
    const download = await get(call.id);
    expect(download.headers.get("Content-Type")).toBe("audio/ogg");
    expect(await sha256Hex(await download.arrayBuffer())).toBe(await sha256Hex(second));
    // The replaced bytes are gone: one object per recording.
    const keys = await recordingKeys(call.id);
    expect(keys).toHaveLength(1);
    expect((await env.BLOBS_US.head(keys[0] as string))?.size).toBe(300);
  });

  it("can be uploaded after the call ended", async () => {
    const call = await activeCall();
    await callJson(tenantPath(owner.tenantId, `/calls/${call.id}/end`), {
      method: "POST",
      token: owner.token,
    });
    expect((await put(call.id, testBytes(10))).status).toBe(201);
  });

  it("refuse what is not audio, and answer 404 for a missing call or recording", async () => {
    const call = await activeCall();
    const notAudio = await put(call.id, "hello", "text/plain");
    expect(notAudio.status).toBe(415);
    expect((await put("no-such-call", testBytes(10))).status).toBe(404);
    const none = await get(call.id);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { detail: string }).detail).toBe("Recording not found");
  });

  it("need recording_enabled, to upload and to download (403 recording_disabled)", async () => {
    const call = await activeCall();
    expect((await put(call.id, testBytes(10))).status).toBe(201);
    await configure(owner, { recording_enabled: false });
    try {
      for (const res of [await put(call.id, testBytes(20, 9)), await get(call.id)]) {
        expect(res.status).toBe(403);
        expect(((await res.json()) as { code: string }).code).toBe("recording_disabled");
      }
      // The refused upload left the stored recording as it was.
      const keys = await recordingKeys(call.id);
      expect(keys).toHaveLength(1);
      expect((await env.BLOBS_US.head(keys[0] as string))?.size).toBe(10);
    } finally {
      await configure(owner, { recording_enabled: true });
    }
  });
});
