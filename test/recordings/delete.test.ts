import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../src/app";
import { callJson, clientRequest, type Owner, tenantPath } from "../support/api-client";
import { withFailingLog } from "../support/failing-inserts";
import { interceptWrites } from "../support/gated-d1";
import {
  type CallBody,
  callWithRecording,
  entriesOf,
  putRecording,
  recordingColumns,
  recordingObjects,
  recordingPath,
  recordingTenant,
} from "../support/recordings";
import { configure, send, sha256Hex, startCall, testBytes } from "../support/resource-fixtures";

const remove = (owner: Owner, callId: string) =>
  send(recordingPath(owner, callId), { method: "DELETE", token: owner.token });

const getCall = async (owner: Owner, callId: string) =>
  (await callJson<CallBody>(tenantPath(owner.tenantId, `/calls/${callId}`), { token: owner.token }))
    .body;

const NO_RECORDING = {
  recording_key: null,
  recording_size: null,
  recording_content_type: null,
  recording_sha256: null,
};

describe("DELETE …/calls/{id}/recording", () => {
  it("removes the object and the metadata, logs it, and answers 404 after", async () => {
    const { owner, agentId } = await recordingTenant();
    const call = await callWithRecording(owner, agentId, 2048);
    expect(await recordingObjects(owner.tenantId, call.id)).toHaveLength(1);

    const res = await remove(owner, call.id);
    expect(res.status).toBe(204);
    expect(await recordingObjects(owner.tenantId, call.id)).toEqual([]);
    expect(await recordingColumns(call.id)).toEqual(NO_RECORDING);
    const after = await getCall(owner, call.id);
    expect(after).toMatchObject({ id: call.id, status: call.status, recording: null });
    expect(after.from_number).toBe(call.from_number);
    const [entry, ...others] = await entriesOf(owner, "call.recording_deleted");
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actor_id: owner.tenantId,
      target_type: "call",
      target_id: call.id,
      changes: {
        recording_size: { from: 2048, to: null },
        recording_sha256: { from: call.recording?.sha256, to: null },
      },
      accessed: null,
    });

    const again = await remove(owner, call.id);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ detail: "Recording not found", code: "not_found" });
    const download = await send(recordingPath(owner, call.id), {
      token: owner.token,
      method: "GET",
    });
    expect(download.status).toBe(404);
    const none = await remove(owner, crypto.randomUUID());
    expect(await none.json()).toEqual({ detail: "Call not found", code: "not_found" });
  });

  it("works whatever the features: recording off, and under PCI", async () => {
    const { owner, agentId } = await recordingTenant();
    const first = await callWithRecording(owner, agentId);
    const second = await callWithRecording(owner, agentId);
    await configure(owner, { recording_enabled: false });
    expect((await remove(owner, first.id)).status).toBe(204);
    await configure(owner, { pci_enabled: true });
    expect((await remove(owner, second.id)).status).toBe(204);
    expect(await recordingObjects(owner.tenantId, second.id)).toEqual([]);
    expect(await recordingColumns(second.id)).toEqual(NO_RECORDING);
  });

  it("a D1 failure after the object went: the download is 404, and a retry finishes the job", async () => {
    const { owner, agentId } = await recordingTenant();
    const call = await callWithRecording(owner, agentId);
    const failed = await withFailingLog(() => remove(owner, call.id));
    expect(failed.status).toBe(500);
    expect(await recordingObjects(owner.tenantId, call.id)).toEqual([]);
    // The metadata still points at the object, which is gone: not found, never a 500.
    expect((await getCall(owner, call.id)).recording).not.toBeNull();
    const download = await send(recordingPath(owner, call.id), {
      token: owner.token,
      method: "GET",
    });
    expect(download.status).toBe(404);
    expect(await download.json()).toEqual({ detail: "Recording not found", code: "not_found" });

    expect((await remove(owner, call.id)).status).toBe(204);
    expect(await recordingColumns(call.id)).toEqual(NO_RECORDING);
    expect(await entriesOf(owner, "call.recording_deleted")).toHaveLength(1);
  });

  it("a recording uploaded between its read and its write is kept (409)", async () => {
    const { owner, agentId } = await recordingTenant();
    const call = await callWithRecording(owner, agentId);
    const replacement = testBytes(777, 5);
    let fired = false;
    let uploaded: number | undefined;
    // Right before the delete's first D1 write, a new upload goes through the Worker.
    const binding = interceptWrites(env.CELL_US_1, async () => {
      if (fired) return;
      fired = true;
      uploaded = (await putRecording(owner, call.id, replacement)).status;
    });
    const ctx = createExecutionContext();
    const res = await app.fetch(
      clientRequest(recordingPath(owner, call.id), { method: "DELETE", token: owner.token }),
      { ...env, CELL_US_1: binding },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(uploaded).toBe(200);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe("conflict");
    const kept = await send(recordingPath(owner, call.id), { token: owner.token, method: "GET" });
    expect(kept.status).toBe(200);
    expect(await sha256Hex(await kept.arrayBuffer())).toBe(await sha256Hex(replacement));
    expect(await recordingObjects(owner.tenantId, call.id)).toHaveLength(1);
    expect(await entriesOf(owner, "call.recording_deleted")).toEqual([]);
  });
});

describe("usage counts the recordings stored", () => {
  type Usage = { recordings: { count: number; bytes: number } };
  const usageOf = async (owner: Owner) =>
    (await callJson<Usage>(tenantPath(owner.tenantId, "/usage"), { token: owner.token })).body
      .recordings;

  it("count and bytes, through uploads, a replacement and a delete", async () => {
    const { owner, agentId } = await recordingTenant();
    expect(await usageOf(owner)).toEqual({ count: 0, bytes: 0 });
    const a = await callWithRecording(owner, agentId, 1000);
    await callWithRecording(owner, agentId, 3000);
    await startCall(owner, agentId);
    expect(await usageOf(owner)).toEqual({ count: 2, bytes: 4000 });
    expect((await putRecording(owner, a.id, testBytes(1500))).status).toBe(200);
    expect(await usageOf(owner)).toEqual({ count: 2, bytes: 4500 });
    expect((await remove(owner, a.id)).status).toBe(204);
    expect(await usageOf(owner)).toEqual({ count: 1, bytes: 3000 });
  });
});
