import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { clientRequest, type Owner, tenantPath } from "../support/api-client";
import { sendWithD1 } from "../support/app-with-d1";
import { gatedD1 } from "../support/gated-d1";
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
import { configure, send, startCall, testBytes } from "../support/resource-fixtures";
import { slowBody } from "../support/slow-body";

const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

const download = (owner: Owner, callId: string) =>
  send(recordingPath(owner, callId), { method: "GET", token: owner.token });

describe("with pci_enabled, no recording is stored or served", () => {
  it("upload and download answer 403 pci_enabled, before recording_disabled", async () => {
    const { owner, agentId } = await recordingTenant();
    const call = await callWithRecording(owner, agentId);
    await configure(owner, { recording_enabled: false, pci_enabled: true });
    const upload = await putRecording(owner, call.id, testBytes(500, 3));
    expect(upload.status).toBe(403);
    expect(await codeOf(upload)).toBe("pci_enabled");
    const served = await download(owner, call.id);
    expect(served.status).toBe(403);
    expect(await codeOf(served)).toBe("pci_enabled");
    // The refused upload stored nothing; the recording made before PCI is as it was.
    expect(await recordingObjects(owner.tenantId, call.id)).toHaveLength(1);
    expect(await recordingColumns(call.id)).toMatchObject({ recording_size: call.recording?.size });
  });

  it("a row stored with recording and PCI both on is refused as PCI", async () => {
    const { owner, agentId } = await recordingTenant();
    const call = await callWithRecording(owner, agentId);
    await env.CELL_US_1.prepare("UPDATE tenants SET pci_enabled = 1 WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    for (const res of [await putRecording(owner, call.id), await download(owner, call.id)]) {
      expect(res.status).toBe(403);
      expect(await codeOf(res)).toBe("pci_enabled");
    }
  });
});

describe("an upload racing a switch to PCI", () => {
  const gate = gatedD1(env.CELL_US_1);

  const through = (request: Request) => sendWithD1(gate.binding, request);

  it('stores nothing once PUT {"recording_enabled": false, "pci_enabled": true} commits before it', async () => {
    const { owner, agentId } = await recordingTenant();
    const started = await startCall<CallBody>(owner, agentId);
    const size = 512 * 1024;
    const body = slowBody(size);
    // The upload's first write (its registration) and the tenant update wait for each other: the
    // upload has passed its checks on the tenant as it was, recording on and PCI off.
    gate.hold(2);
    const uploading = through(
      new Request(`http://api.test${recordingPath(owner, started.body.id)}`, {
        method: "PUT",
        headers: {
          Authorization: `Bearer ${owner.token}`,
          "Content-Type": "audio/wav",
          "Content-Length": String(size),
        },
        body: body.stream,
      }),
    );
    body.push(64 * 1024);
    const switched = await through(
      clientRequest(tenantPath(owner.tenantId), {
        method: "PUT",
        token: owner.token,
        body: { recording_enabled: false, pci_enabled: true },
      }),
    );
    expect(switched.status).toBe(200);
    expect(gate.held).toBe(2);
    // The switch has committed; the rest of the audio arrives after it.
    body.finish();
    const upload = await uploading;
    expect(upload.status).toBe(403);
    expect(upload.body.code).toBe("pci_enabled");
    expect(await recordingObjects(owner.tenantId, started.body.id)).toEqual([]);
    expect(await recordingColumns(started.body.id)).toMatchObject({
      recording_key: null,
      recording_size: null,
    });
    expect(await entriesOf(owner, "call.recording_uploaded")).toEqual([]);
    const registrations = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM blob_uploads WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(registrations?.n).toBe(0);
  });
});
