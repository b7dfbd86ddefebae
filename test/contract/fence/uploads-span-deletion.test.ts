import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../../src/db/client";
import { findDeletionJobOfTenant } from "../../../src/deletion/jobs";
import { type Owner, signup, tenantPath, updateTenant } from "../../support/api-client";
import { createHarness } from "../../support/deletion-harness";
import { expectNothingLeft, jobOrReceiptOf, snapshotTenant } from "../../support/deletion-seed";
import { createAgent, startCall } from "../../support/resource-fixtures";
import { slowBody } from "../../support/slow-body";

const db = createDb(env.CELL_US_1);
const MB = 1024 * 1024;

function upload(
  owner: Owner,
  path: string,
  method: string,
  body: ReadableStream,
  headers: Record<string, string>,
) {
  return exports.default.fetch(
    new Request(`http://api.test${tenantPath(owner.tenantId, path)}`, {
      method,
      headers: { Authorization: `Bearer ${owner.token}`, ...headers },
      body,
    }),
  );
}

const objectsOf = async (tenantId: string) =>
  (await env.BLOBS_US.list({ prefix: `tenants/${tenantId}/` })).objects.map((o) => o.key);

/** Drives the deletion until it can go no further without the upload ending. */
async function drainUntilWaiting(harness: ReturnType<typeof createHarness>, tenantId: string) {
  for (let i = 0; i < 200 && harness.queue.length > 0; i++) {
    await harness.deliver(harness.queue.splice(0, 1));
    const job = await findDeletionJobOfTenant(db, tenantId);
    if (job?.status === "completed") return job;
  }
  return findDeletionJobOfTenant(db, tenantId);
}

/**
 * Streams part of an upload, deletes the tenant while the rest is held back, then lets the upload
 * finish: the upload is refused with a 4xx (never a 500) and the completed job leaves nothing.
 */
async function deleteDuring(
  owner: Owner,
  body: ReturnType<typeof slowBody>,
  pending: Promise<Response>,
  firstBytes: number,
) {
  body.push(firstBytes);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const harness = createHarness();
  await harness.startDeletion(owner.tenantId, { force: true });
  await drainUntilWaiting(harness, owner.tenantId);

  body.finish();
  const res = await pending;
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  await harness.drain();
  expect((await jobOrReceiptOf(owner.tenantId))?.status).toBe("completed");
  expect(await objectsOf(owner.tenantId)).toEqual([]);
  expectNothingLeft(await snapshotTenant(owner.tenantId));
}

/** The tenant's uploads still registered, read off the cell. */
const registrationsOf = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT count(*) AS n FROM blob_uploads WHERE tenant_id = ?")
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

/** The deletion as `GET …/deletion` shows it. */
const deletionOf = async (owner: Owner) => {
  const res = await exports.default.fetch(
    new Request(`http://api.test${tenantPath(owner.tenantId, "/deletion")}`, {
      headers: { Authorization: `Bearer ${owner.token}` },
    }),
  );
  return (await res.json()) as { status: string; stage: string; waiting_for: unknown };
};

/**
 * A tenant with recording on, a call whose first recording is stored, and a 2 MB re-upload of it
 * started whose bytes the test sends (`body`).
 */
async function reUploadStarted() {
  const owner = await signup();
  expect((await updateTenant(owner, { recording_enabled: true })).status).toBe(200);
  const agent = await createAgent(owner);
  const started = await startCall(owner, agent.id);
  const callPath = `/calls/${started.body.id}/recording`;
  const first = slowBody(16 * 1024);
  const firstUpload = upload(owner, callPath, "PUT", first.stream, {
    "Content-Type": "audio/wav",
    "Content-Length": String(16 * 1024),
  });
  first.finish();
  expect((await firstUpload).status).toBe(201);

  const body = slowBody(2 * MB);
  const pending = upload(owner, callPath, "PUT", body.stream, {
    "Content-Type": "audio/wav",
    "Content-Length": String(2 * MB),
  });
  return { owner, body, pending };
}

describe("an upload that spans the whole deletion", { timeout: 60_000 }, () => {
  it("a refused re-upload ends its registration, and the deletion goes on within seconds", async () => {
    const { owner, body, pending } = await reUploadStarted();
    body.push(256 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const harness = createHarness();
    await harness.startDeletion(owner.tenantId, { force: true });
    const waiting = await drainUntilWaiting(harness, owner.tenantId);
    // Waiting for the upload, and saying so.
    expect(waiting?.stage).toBe("tenant");
    expect((await deletionOf(owner)).waiting_for).toMatchObject({ uploads_in_flight: 1 });

    body.finish();
    const res = await pending;
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await registrationsOf(owner.tenantId)).toBe(0);
    expect(await objectsOf(owner.tenantId)).toEqual([]);
    // The job's next look at the uploads is due within seconds, not at the upload's deadline.
    const next = harness.queue.at(-1);
    expect(next?.delaySeconds ?? 0).toBeLessThanOrEqual(5);
    await harness.drain();
    expect((await jobOrReceiptOf(owner.tenantId))?.status).toBe("completed");
    expectNothingLeft(await snapshotTenant(owner.tenantId));
  });

  it("a recording re-upload streamed across DELETE: 4xx, and the completed job leaves nothing", async () => {
    const { owner, body, pending } = await reUploadStarted();
    await deleteDuring(owner, body, pending, 256 * 1024);
  });

  it("a file upload racing the deletion: 4xx (never 500), and nothing left", async () => {
    const owner = await signup();
    const body = slowBody(MB);
    const pending = upload(owner, "/files", "POST", body.stream, {
      "Content-Type": "application/octet-stream",
      "Content-Length": String(MB),
      "X-Filename": "race.bin",
    });
    await deleteDuring(owner, body, pending, 128 * 1024);
  });
});
