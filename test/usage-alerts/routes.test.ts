import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { call, callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { storedDeliveries } from "../support/deliveries";
import { putRecording, recordingTenant } from "../support/recordings";
import { send, startCall, testBytes } from "../support/resource-fixtures";
import { captureQueuedDeliveries } from "../support/webhooks";

afterEach(() => vi.restoreAllMocks());

type Alert = {
  id: string;
  metric: string;
  threshold: number | null;
  threshold_percent: number | null;
  recurring: boolean;
  reached_period: string | null;
  reached_value: number | null;
};

const alertsPath = (owner: Owner, rest = "") => tenantPath(owner.tenantId, `/usage-alerts${rest}`);

const create = (owner: Owner, body: unknown) =>
  callJson<Alert & { detail: unknown }>(alertsPath(owner), {
    method: "POST",
    token: owner.token,
    body,
  });

const patch = (owner: Owner, id: string, body: unknown) =>
  callJson<Alert & { detail: unknown }>(alertsPath(owner, `/${id}`), {
    method: "PATCH",
    token: owner.token,
    body,
  });

const actions = async (tenantId: string, targetId: string) =>
  (
    await env.CELL_US_1.prepare(
      "SELECT action FROM activity_logs WHERE tenant_id = ? AND target_id = ? ORDER BY seq",
    )
      .bind(tenantId, targetId)
      .all<{ action: string }>()
  ).results.map((row) => row.action);

describe("usage alert routes", () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await signup("Alert Routes");
  });

  it("create, get, list, update and delete, each logged", async () => {
    const created = await create(owner, { metric: "files_bytes", threshold_percent: 90 });
    expect(created.status).toBe(201);
    expect(created.res.headers.get("Location")).toBe(alertsPath(owner, `/${created.body.id}`));
    expect(created.body).toMatchObject({
      metric: "files_bytes",
      threshold: null,
      threshold_percent: 90,
      recurring: true,
      reached_period: null,
    });
    const got = await callJson<Alert>(alertsPath(owner, `/${created.body.id}`), {
      token: owner.token,
    });
    expect(got.body).toEqual(created.body);
    const list = await callJson<{ items: Alert[] }>(alertsPath(owner), { token: owner.token });
    expect(list.body.items.map((a) => a.id)).toContain(created.body.id);

    const changed = await patch(owner, created.body.id, { threshold: 1000, recurring: false });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      threshold: 1000,
      threshold_percent: null,
      recurring: false,
    });

    const removed = await call(alertsPath(owner, `/${created.body.id}`), {
      method: "DELETE",
      token: owner.token,
    });
    expect(removed.status).toBe(204);
    const gone = await callJson(alertsPath(owner, `/${created.body.id}`), { token: owner.token });
    expect(gone.status).toBe(404);
    expect(await actions(owner.tenantId, created.body.id)).toEqual([
      "usage_alert.created",
      "usage_alert.updated",
      "usage_alert.deleted",
    ]);
  });

  it.each([
    ["neither threshold", { metric: "files" }, "threshold"],
    ["both thresholds", { metric: "files", threshold: 5, threshold_percent: 50 }, "threshold"],
    [
      "a percentage of a metric without a limit",
      { metric: "recordings_bytes", threshold_percent: 50 },
      "threshold_percent",
    ],
    ["a percentage past 100", { metric: "files", threshold_percent: 101 }, "threshold_percent"],
    ["an unknown metric", { metric: "minutes", threshold: 5 }, "metric"],
    [
      "an unknown field",
      { metric: "files", threshold: 5, reached_period: "2026-01" },
      "reached_period",
    ],
  ])("refuse %s with a 422 at the field", async (_, body, field) => {
    const { status, body: answer } = await create(owner, body);
    expect(status).toBe(422);
    expect(JSON.stringify(answer.detail)).toContain(`"${field}"`);
  });

  it("refuse an update to both thresholds, or to a percentage on a metric without a limit", async () => {
    const { body: alert } = await create(owner, { metric: "recordings_bytes", threshold: 10 });
    expect((await patch(owner, alert.id, { threshold: 5, threshold_percent: 5 })).status).toBe(422);
    expect((await patch(owner, alert.id, { threshold_percent: 5 })).status).toBe(422);
    const kept = await callJson<Alert>(alertsPath(owner, `/${alert.id}`), { token: owner.token });
    expect(kept.body).toEqual(alert);
  });

  it("keep at most 25 alerts a tenant (403 quota_exceeded)", async () => {
    const crowded = await signup("Crowded");
    // Two defaults, then 23 more.
    for (let i = 0; i < 23; i++) {
      expect((await create(crowded, { metric: "files", threshold: i + 1 })).status).toBe(201);
    }
    const refused = await create(crowded, { metric: "files", threshold: 100 });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: "quota_exceeded" });
  });

  it("a new threshold arms the alert again; a change of recurring alone does not", async () => {
    const armed = await signup("Armed");
    await callJson(tenantPath(armed.tenantId), {
      method: "PUT",
      token: armed.token,
      body: { monthly_call_limit: 1 },
    });
    const agent = await callJson<{ id: string }>(tenantPath(armed.tenantId, "/agents"), {
      method: "POST",
      token: armed.token,
      body: { name: "A" },
    });
    captureQueuedDeliveries();
    expect((await startCall(armed, agent.body.id)).status).toBe(201);
    const list = await callJson<{ items: Alert[] }>(alertsPath(armed), { token: armed.token });
    const eighty = list.body.items.find((a) => a.threshold_percent === 80);
    expect(eighty?.reached_period).not.toBeNull();
    const recurring = await patch(armed, String(eighty?.id), { recurring: false });
    expect(recurring.body.reached_period).toBe(eighty?.reached_period);
    const rearmed = await patch(armed, String(eighty?.id), { threshold_percent: 50 });
    expect(rearmed.body).toMatchObject({ reached_period: null, reached_value: null });
  });
});

describe("usage alerts on stored bytes, decided in the upload's batch", () => {
  it("a file upload reaching files_bytes reaches and logs the alert once", async () => {
    const owner = await signup("File Bytes");
    const { body: alert } = await create(owner, { metric: "files_bytes", threshold: 1500 });
    const queued = captureQueuedDeliveries();
    const upload = () =>
      send(tenantPath(owner.tenantId, "/files"), {
        token: owner.token,
        body: testBytes(1000),
        headers: { "X-Filename": "notes.txt", "Content-Type": "text/plain" },
      });
    expect((await upload()).status).toBe(201);
    expect(await storedDeliveries(owner.tenantId, "usage.threshold_reached")).toHaveLength(0);
    expect((await upload()).status).toBe(201);
    expect((await upload()).status).toBe(201);
    const sent = await storedDeliveries(owner.tenantId, "usage.threshold_reached");
    expect(sent).toHaveLength(0);
    // The tenant receives no webhooks: the alert is reached and logged all the same.
    const reached = await callJson<Alert>(alertsPath(owner, `/${alert.id}`), {
      token: owner.token,
    });
    expect(reached.body).toMatchObject({ reached_value: 2000 });
    expect(await actions(owner.tenantId, alert.id)).toEqual([
      "usage_alert.created",
      "usage.threshold_reached",
    ]);
    expect(queued).toEqual([]);
  });

  it("a recording upload reaching recordings_bytes sends the alert, queued with the upload", async () => {
    const { owner, agentId } = await recordingTenant({
      webhook_url: "https://hooks.example.com/voice",
    });
    const { body: alert } = await create(owner, { metric: "recordings_bytes", threshold: 1000 });
    const queued = captureQueuedDeliveries();
    const started = await startCall(owner, agentId);
    expect((await putRecording(owner, started.body.id, testBytes(1000))).status).toBe(201);
    const sent = await storedDeliveries(owner.tenantId, "usage.threshold_reached");
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.payload ?? "{}").data).toMatchObject({
      alert_id: alert.id,
      metric: "recordings_bytes",
      threshold: 1000,
      value: 1000,
      limit: null,
    });
    expect(queued).toContain(sent[0]?.id);
    // A second upload in the same month reaches nothing more.
    const again = await startCall(owner, agentId);
    expect((await putRecording(owner, again.body.id, testBytes(1000))).status).toBe(201);
    expect(await storedDeliveries(owner.tenantId, "usage.threshold_reached")).toHaveLength(1);
  });
});
