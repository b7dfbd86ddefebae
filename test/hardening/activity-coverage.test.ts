import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call, callJson } from "../helpers";
import { loadDocument, type Operation } from "../support/api-document";
import { sendOperation, tenantOperations } from "../support/requests";
import { TenantWorld } from "../support/world";
import { consume, mockReceiver } from "../webhooks/helpers";

// Operator routes on a deletion job: the job is the record (it outlives the tenant's log).
const RECORDED_ELSEWHERE = new Set(["POST /v1/tenants/{tenant_id}/deletion/resume"]);
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let world: TenantWorld;
let operations: Operation[];
const queued: string[] = [];

beforeAll(async () => {
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockImplementation(async (messages) => {
    for (const m of messages) queued.push((m.body as { delivery_id: string }).delivery_id);
    return undefined as never;
  });
  vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
  const document = await loadDocument();
  operations = tenantOperations(document.operations).filter(
    (op) => MUTATING.has(op.method) && !RECORDED_ELSEWHERE.has(`${op.method} ${op.path}`),
  );
  world = await TenantWorld.create(document.operations, document.resolve, { webhooks: true });
  for (const op of operations) await world.path(op.path);
  // Finished deliveries, so that a redelivery has something to send again.
  mockReceiver([200]);
  for (const id of queued) await consume(id);
}, 120_000);
afterAll(() => vi.restoreAllMocks());

const logSize = async (tenantId: string) =>
  (
    await env.DB.prepare("SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ?")
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n ?? 0;

/**
 * Changes to items first, then deletes, newest items first (a squad before the agents in it),
 * then the tenant's own settings (they could switch a feature off), its deletion last of all.
 */
async function ordered(ops: Operation[]) {
  const rank = async (op: Operation) => {
    if (op.path === "/v1/tenants/{tenant_id}") return op.method === "DELETE" ? 4 : 3.5;
    if (op.method !== "DELETE") return 0;
    return 2 + (1 - world.madeAt((await world.path(op.path)) as string) / 1000);
  };
  const ranked = await Promise.all(ops.map(async (op) => ({ op, rank: await rank(op) })));
  return ranked.sort((x, y) => x.rank - y.rank).map(({ op }) => op);
}

/** A delete takes an item of its own, so no other item still refers to it. */
async function pathFor(op: Operation) {
  const path = (await world.path(op.path)) as string;
  if (op.method !== "DELETE" || !op.path.endsWith("/{id}")) return path;
  const collection = path.slice(0, path.lastIndexOf("/"));
  return `${collection}/${await world.freshItem(collection)}`;
}

/** The calls this walk started, ended, so that deleting the tenant is not refused for them. */
async function endActiveCalls() {
  const token = world.owner.token;
  const calls = `/v1/tenants/${world.tenantId}/calls`;
  const { body } = await callJson<{ items: { id: string }[] }>(`${calls}?status=active&limit=100`, {
    token,
  });
  for (const { id } of body.items) await call(`${calls}/${id}/end`, { method: "POST", token });
}

const isUpdate = (op: Operation) => op.method === "PUT" || op.method === "PATCH";
const snapshot = async (op: Operation, path: string) =>
  isUpdate(op)
    ? new Uint8Array(await (await call(path, { token: world.owner.token })).arrayBuffer()).join()
    : null;

/** One try of `op`: whether it logged, whether it failed, whether another body should be tried. */
async function attempt(op: Operation, path: string) {
  const before = await logSize(world.tenantId);
  const stateBefore = await snapshot(op, path);
  const res = await sendOperation(op, path, world.owner, world);
  if (!res.ok) {
    const failed = `${res.status} ${await res.text()}`;
    return { logged: false, failed, retry: res.status === 422 };
  }
  const logged = (await logSize(world.tenantId)) > before;
  const unchanged = isUpdate(op) && (await snapshot(op, path)) === stateBefore;
  return { logged, failed: null, retry: !logged && unchanged };
}

describe("every mutating route writes an activity-log entry", () => {
  it("enumerated from the OpenAPI document", { timeout: 120_000 }, async () => {
    const missing: string[] = [];
    const failed: string[] = [];
    for (const op of await ordered(operations)) {
      const path = await pathFor(op);
      if (op.method === "DELETE" && op.path === "/v1/tenants/{tenant_id}") await endActiveCalls();
      // Generated bodies can break a rule the schema cannot express (a plan cap), or, for an
      // update, repeat what is stored (a change of nothing logs nothing): try a few.
      let outcome = await attempt(op, path);
      for (let retry = 0; outcome.retry && retry < 25; retry++) outcome = await attempt(op, path);
      if (outcome.failed) failed.push(`${op.method} ${op.path} → ${outcome.failed}`);
      else if (!outcome.logged) missing.push(`${op.method} ${op.path}`);
    }
    console.info(JSON.stringify({ activity_coverage: { mutating_routes: operations.length } }));
    expect(failed).toEqual([]);
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(20);
  });
});
