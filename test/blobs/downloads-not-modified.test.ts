import { beforeAll, describe, expect, it } from "vitest";
import { type Owner, signup, tenantPath } from "../support/api-client";
import {
  configure,
  createAgent,
  send,
  sha256Hex,
  startCall,
  testBytes,
} from "../support/resource-fixtures";

let owner: Owner;
/** The download paths, each with the bytes it serves. */
const downloads: { what: string; path: string; bytes: Uint8Array }[] = [];

beforeAll(async () => {
  owner = await signup("Downloads Co");
  await configure(owner, { recording_enabled: true, max_concurrent_calls: 2 });

  const fileBytes = testBytes(4096, 3);
  const file = await send(tenantPath(owner.tenantId, "/files"), {
    token: owner.token,
    body: fileBytes,
    headers: { "X-Filename": "notes.txt", "Content-Type": "text/plain" },
  });
  expect(file.status).toBe(201);
  const { id: fileId } = (await file.json()) as { id: string };
  downloads.push({
    what: "file content",
    path: tenantPath(owner.tenantId, `/files/${fileId}/content`),
    bytes: fileBytes,
  });

  const agent = await createAgent(owner);
  const { body: started } = await startCall(owner, agent.id);
  const audio = testBytes(2048, 4);
  const recordingPath = tenantPath(owner.tenantId, `/calls/${started.id}/recording`);
  const put = await send(recordingPath, {
    method: "PUT",
    token: owner.token,
    body: audio,
    headers: { "Content-Type": "audio/wav" },
  });
  expect(put.status).toBe(201);
  downloads.push({ what: "recording", path: recordingPath, bytes: audio });
});

const get = (path: string, headers: Record<string, string>) =>
  send(path, { method: "GET", token: owner.token, headers });

describe("If-None-Match on downloads: 304 when the client's copy is current", () => {
  it("the SHA-256 tag, weak or strong, alone or in a list, or * → 304 with the ETag, no body", async () => {
    for (const { what, path, bytes } of downloads) {
      const tag = `"${await sha256Hex(bytes)}"`;
      for (const header of [tag, `W/${tag}`, `"stale", ${tag}`, "*"]) {
        const res = await get(path, { "If-None-Match": header });
        expect(res.status, `${what}: ${header}`).toBe(304);
        expect(res.headers.get("ETag")).toBe(tag);
        expect(res.headers.get("X-Request-Id")).toBeTruthy();
        expect(await res.text()).toBe("");
      }
    }
  });

  it("a Range request with a matching tag is still 304: the precondition comes first", async () => {
    for (const { path, bytes } of downloads) {
      const tag = `"${await sha256Hex(bytes)}"`;
      const res = await get(path, { "If-None-Match": tag, Range: "bytes=0-9" });
      expect(res.status).toBe(304);
      await res.body?.cancel();
    }
  });

  it("another tag → the bytes as before", async () => {
    for (const { what, path, bytes } of downloads) {
      const res = await get(path, { "If-None-Match": '"stale"' });
      expect(res.status, what).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    }
  });
});
