import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { newId } from "../../src/lib/ids";
import {
  expireRecordings,
  RETENTION_ACTOR_ID,
  RETENTION_MAX_STEPS,
  RETENTION_STEP_SIZE,
} from "../../src/recordings/retention";
import { callJson, type Owner, tenantPath } from "../support/api-client";
import { withFailingLog } from "../support/failing-inserts";
import { interceptWrites } from "../support/gated-d1";
import {
  type CallBody,
  callWithRecording,
  entriesOf,
  recordingColumns,
  recordingObjects,
  recordingTenant,
} from "../support/recordings";
import { runScheduled } from "../support/scheduled";

const DAY = 24 * 60 * 60 * 1000;
const db = createDb(env.CELL_US_1);

/** The Worker's scheduled handler, as the Cron Trigger runs it, at the simulated time `now`. */
const runCronAt = (now: Date) => runScheduled({ scheduledTime: now.getTime() });

/** A recorded call of `owner`, ended, that started `days` days before `now`. */
async function recordedCall(owner: Owner, agentId: string, now: Date, days: number) {
  const call = await callWithRecording(owner, agentId);
  await callJson(tenantPath(owner.tenantId, `/calls/${call.id}/end`), {
    method: "POST",
    token: owner.token,
  });
  const startedAt = new Date(now.getTime() - days * DAY).toISOString();
  await env.CELL_US_1.prepare("UPDATE calls SET started_at = ? WHERE id = ?")
    .bind(startedAt, call.id)
    .run();
  return call;
}

const getCall = async (owner: Owner, id: string) =>
  (
    await callJson<CallBody & Record<string, unknown>>(tenantPath(owner.tenantId, `/calls/${id}`), {
      token: owner.token,
    })
  ).body;

const hasRecording = async (owner: Owner, id: string) =>
  (await recordingObjects(owner.tenantId, id)).length === 1 &&
  (await recordingColumns(id))?.recording_key !== null;

describe("the recording retention sweep", () => {
  it("removes exactly the recordings past their tenant's retention, counted from the call's start", async () => {
    const now = new Date();
    const month = await recordingTenant({ hipaa_enabled: true, recording_retention_days: 30 });
    const year = await recordingTenant({ recording_retention_days: 365 });
    const forever = await recordingTenant();
    const expired = await recordedCall(month.owner, month.agentId, now, 40);
    const justExpired = await recordedCall(month.owner, month.agentId, now, 30.01);
    const recent = await recordedCall(month.owner, month.agentId, now, 29);
    const yearly = await recordedCall(year.owner, year.agentId, now, 40);
    const kept = await recordedCall(forever.owner, forever.agentId, now, 4000);
    const before = await getCall(month.owner, expired.id);

    await runCronAt(now);

    for (const call of [expired, justExpired]) {
      expect(await recordingObjects(month.owner.tenantId, call.id)).toEqual([]);
      expect(await recordingColumns(call.id)).toMatchObject({
        recording_key: null,
        recording_size: null,
        recording_sha256: null,
      });
    }
    expect(await hasRecording(month.owner, recent.id)).toBe(true);
    expect(await hasRecording(year.owner, yearly.id)).toBe(true);
    expect(await hasRecording(forever.owner, kept.id)).toBe(true);

    // The call keeps everything else.
    const { recording, updated_at: _u, ...rest } = await getCall(month.owner, expired.id);
    const { recording: was, updated_at: _w, ...restBefore } = before;
    expect(recording).toBeNull();
    expect(was).not.toBeNull();
    expect(rest).toEqual(restBefore);

    const entries = await entriesOf(month.owner, "recording.expired");
    expect(entries.map((e) => e.target_id).sort()).toEqual([expired.id, justExpired.id].sort());
    expect(entries[0]).toMatchObject({
      actor_id: RETENTION_ACTOR_ID,
      target_type: "call",
      ip: null,
      changes: { recording_size: { from: 1000, to: null } },
    });

    // Two days on, the recording of 29 days ago is past 30 too.
    await runCronAt(new Date(now.getTime() + 2 * DAY));
    expect(await recordingObjects(month.owner.tenantId, recent.id)).toEqual([]);
    expect(await hasRecording(year.owner, yearly.id)).toBe(true);
  });

  it("a second run does nothing, and neither does a duplicate run alongside", async () => {
    const now = new Date();
    const { owner, agentId } = await recordingTenant({ recording_retention_days: 1 });
    const calls = [
      await recordedCall(owner, agentId, now, 2),
      await recordedCall(owner, agentId, now, 3),
    ];
    const removed = await Promise.all([
      expireRecordings(db, env.BLOBS_US, now),
      expireRecordings(db, env.BLOBS_US, now),
    ]);
    expect(removed[0] + removed[1]).toBe(2);
    expect(await expireRecordings(db, env.BLOBS_US, now)).toBe(0);
    expect(await entriesOf(owner, "recording.expired")).toHaveLength(2);
    for (const call of calls) expect(await hasRecording(owner, call.id)).toBe(false);
  });

  it("leaves a tenant being deleted to its deletion", async () => {
    const now = new Date();
    const { owner, agentId } = await recordingTenant({ recording_retention_days: 1 });
    const call = await recordedCall(owner, agentId, now, 5);
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    expect(await expireRecordings(db, env.BLOBS_US, now)).toBe(0);
    expect(await recordingObjects(owner.tenantId, call.id)).toHaveLength(1);
    expect((await recordingColumns(call.id))?.recording_key).not.toBeNull();
  });

  it("a tenant whose deletion begins during a step: the fence refuses the step, the next run goes on", async () => {
    const now = new Date();
    const leaving = await recordingTenant({ recording_retention_days: 1 });
    const staying = await recordingTenant({ recording_retention_days: 1 });
    const gone = await recordedCall(leaving.owner, leaving.agentId, now, 2);
    const other = await recordedCall(staying.owner, staying.agentId, now, 2);
    let fired = false;
    const racing = interceptWrites(env.CELL_US_1, async () => {
      if (fired) return;
      fired = true;
      await env.CELL_US_1.prepare("UPDATE tenants SET status = 'deleting' WHERE id = ?")
        .bind(leaving.owner.tenantId)
        .run();
    });
    expect(await expireRecordings(createDb(racing), env.BLOBS_US, now)).toBe(0);
    expect(fired).toBe(true);
    expect((await recordingColumns(other.id))?.recording_key).not.toBeNull();
    expect(await expireRecordings(db, env.BLOBS_US, now)).toBe(1);
    expect(await hasRecording(staying.owner, other.id)).toBe(false);
    expect((await recordingColumns(gone.id))?.recording_key).not.toBeNull();
  });

  it("a run that dies after the R2 delete is finished by the next one", async () => {
    const now = new Date();
    const { owner, agentId } = await recordingTenant({ recording_retention_days: 7 });
    const call = await recordedCall(owner, agentId, now, 8);
    await withFailingLog(() =>
      expect(expireRecordings(db, env.BLOBS_US, now)).rejects.toThrow(/injected failure/),
    );
    expect(await recordingObjects(owner.tenantId, call.id)).toEqual([]);
    expect((await recordingColumns(call.id))?.recording_key).not.toBeNull();
    expect(await expireRecordings(db, env.BLOBS_US, now)).toBe(1);
    expect((await recordingColumns(call.id))?.recording_key).toBeNull();
    expect(await entriesOf(owner, "recording.expired")).toHaveLength(1);
  });

  it(`removes at most ${RETENTION_STEP_SIZE * RETENTION_MAX_STEPS} a run; the next run goes on`, async () => {
    const now = new Date();
    const { owner } = await recordingTenant({ recording_retention_days: 30 });
    const perRun = RETENTION_STEP_SIZE * RETENTION_MAX_STEPS;
    const total = perRun + 7;
    const startedAt = new Date(now.getTime() - 31 * DAY).toISOString();
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < total; i++) {
      const id = newId();
      const key = `tenants/${owner.tenantId}/recordings/${id}/${newId()}`;
      await env.BLOBS_US.put(key, "audio");
      statements.push(
        env.CELL_US_1.prepare(
          `INSERT INTO calls (id, tenant_id, direction, from_number, to_number, status, started_at,
             recording_key, recording_size, recording_content_type, recording_sha256, created_at, updated_at)
           VALUES (?, ?, 'inbound', '+14155550100', '+14155550101', 'ended', ?, ?, 5, 'audio/wav', 'x', ?, ?)`,
        ).bind(id, owner.tenantId, startedAt, key, startedAt, startedAt),
      );
    }
    await env.CELL_US_1.batch(statements);
    const stored = async () =>
      (await env.BLOBS_US.list({ prefix: `tenants/${owner.tenantId}/recordings/` })).objects.length;

    expect(await expireRecordings(db, env.BLOBS_US, now)).toBe(perRun);
    expect(await stored()).toBe(total - perRun);
    expect(await expireRecordings(db, env.BLOBS_US, now)).toBe(total - perRun);
    expect(await stored()).toBe(0);
    const left = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM calls WHERE tenant_id = ? AND recording_key IS NOT NULL",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
