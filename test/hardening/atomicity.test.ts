import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call, callJson } from "../helpers";
import { loadDocument, type Operation } from "../support/api-document";
import { sendOperation, tenantOperations } from "../support/requests";
import { differences, type TenantState, tenantState } from "../support/tenant-state";
import { TenantWorld } from "../support/world";
import { consume, mockReceiver } from "../webhooks/helpers";

// As in the activity-coverage walk: resuming a deletion is recorded on the job, not in the
// activity log, so a failing log entry cannot fail it; and it needs a failed deletion, which
// would leave the tenant answering nothing else.
const RECORDED_ELSEWHERE = new Set(["POST /v1/tenants/{tenant_id}/deletion/resume"]);
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Replayable responses, not the tenant's data: a failed request stores none anyway.
const NOT_TENANT_DATA = ["idempotency_keys"];

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

/** Items first, then deletes, newest items first, then the tenant's settings, its deletion last. */
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

/** The calls the world started, ended, so that deleting the tenant is not refused for them. */
async function endActiveCalls() {
  const token = world.owner.token;
  const calls = `/v1/tenants/${world.tenantId}/calls`;
  const { body } = await callJson<{ items: { id: string }[] }>(`${calls}?status=active&limit=100`, {
    token,
  });
  for (const { id } of body.items) await call(`${calls}/${id}/end`, { method: "POST", token });
}

/** `send` while no activity-log entry can be written, as with a full disk or a broken table. */
async function withFailingLog(send: () => Promise<Response>) {
  await env.DB.exec(
    "CREATE TRIGGER injected_log_failure BEFORE INSERT ON activity_logs BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
  );
  try {
    const res = await send();
    return { status: res.status, text: await res.text() };
  } finally {
    await env.DB.exec("DROP TRIGGER injected_log_failure");
  }
}

const stateOf = (): Promise<TenantState> => tenantState(world.tenantId, NOT_TENANT_DATA);

/**
 * One try of `op` with the log failing: what it answered and which of the tenant's tables it
 * changed. A 422 (a generated body breaking a rule the schema cannot express) or a success that
 * changed nothing (an update repeating the stored values never reaches the log) says nothing
 * about atomicity: another body is tried.
 */
async function attempt(op: Operation, path: string) {
  const before = await stateOf();
  const { status, text } = await withFailingLog(() => sendOperation(op, path, world.owner, world));
  const changed = differences(before, await stateOf());
  const retry = status === 422 || (status < 300 && changed.length === 0);
  return { answer: `${status} ${text.slice(0, 200)}`, status, changed, retry };
}

describe("a change and its activity-log entry are written together, or neither is", () => {
  it("every mutating route, from the OpenAPI document, with the log insert failing", {
    timeout: 180_000,
  }, async () => {
    const unexercised: string[] = [];
    const halfWritten: string[] = [];
    const succeeded: string[] = [];
    for (const op of await ordered(operations)) {
      const name = `${op.method} ${op.path}`;
      if (op.method === "DELETE" && op.path === "/v1/tenants/{tenant_id}") await endActiveCalls();
      const path = await pathFor(op);
      let outcome = await attempt(op, path);
      for (let retry = 0; outcome.retry && retry < 25; retry++) outcome = await attempt(op, path);
      if (outcome.changed.length > 0)
        halfWritten.push(`${name} → ${outcome.status}, changed ${outcome.changed.join(", ")}`);
      if (outcome.status < 300) succeeded.push(`${name} → ${outcome.answer}`);
      else if (outcome.status < 500) unexercised.push(`${name} → ${outcome.answer}`);
    }
    console.info(JSON.stringify({ atomicity: { mutating_routes: operations.length } }));
    expect(halfWritten).toEqual([]);
    expect(succeeded).toEqual([]);
    expect(unexercised).toEqual([]);
    expect(operations.length).toBeGreaterThan(20);
  });
});
