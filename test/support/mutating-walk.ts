import { env } from "cloudflare:workers";
import { vi } from "vitest";
import { call, callJson } from "./api-client";
import { loadDocument, type Operation } from "./api-document";
import { sendOperation, tenantOperations } from "./requests";
import { consume, mockReceiver } from "./webhooks";
import { TenantWorld } from "./world";

// Resuming a deletion acts on the job, which is its own record, and needs a failed deletion,
// which would leave the tenant answering nothing else. A move changes where the tenant lives, not
// what it holds (its export stays the same): its job in the control plane is its record, and the
// move's own tests follow it. Cancelling a deletion needs one scheduled, when nothing else could
// be walked; its race with the deletion beginning is test/deletion/grace-due.test.ts's.
// Giving a sub-account another parent needs a sub-account and a second family, a platform
// admin's: test/subaccounts/reparent.test.ts follows it.
const ON_THE_JOB = new Set([
  "POST /v1/tenants/{tenant_id}/deletion/resume",
  "POST /v1/tenants/{tenant_id}/deletion/cancel",
  "POST /v1/tenants/{tenant_id}/move",
  "PUT /v1/tenants/{tenant_id}/parent",
]);
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A fully furnished tenant and every mutating route under it, from the OpenAPI document, for
 * walks that perform each one: queued work is captured, not run, and the world's deliveries are
 * finished so a redelivery has something to send again.
 */
export async function mutatingWalk(options: { region?: "us" | "eu" } = {}) {
  const queued: string[] = [];
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockImplementation(async (messages) => {
    for (const m of messages) queued.push((m.body as { delivery_id: string }).delivery_id);
    return undefined as never;
  });
  vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
  const document = await loadDocument();
  const operations = tenantOperations(document.operations).filter(
    (op) => MUTATING.has(op.method) && !ON_THE_JOB.has(`${op.method} ${op.path}`),
  );
  const world = await TenantWorld.create(document.operations, document.resolve, {
    webhooks: true,
    ...options,
  });
  for (const op of operations) await world.path(op.path);
  // A sub-resource put and deleted at one path (a call's recording) is put there once, so its
  // delete has something to remove whatever happened to the walk's own PUT.
  for (const op of operations) {
    const deletable = operations.some((d) => d.method === "DELETE" && d.path === op.path);
    if (op.method !== "PUT" || op.path.endsWith("}") || !deletable) continue;
    const res = await sendOperation(op, (await world.path(op.path)) as string, world.owner, world);
    if (!res.ok) throw new Error(`${op.method} ${op.path}: ${res.status} ${await res.text()}`);
  }
  mockReceiver([200]);
  for (const id of queued) await consume(id);

  /** Items first, then deletes, newest items first, then the tenant's settings, its deletion last. */
  async function ordered() {
    const rank = async (op: Operation) => {
      if (op.path === "/v1/tenants/{tenant_id}") return op.method === "DELETE" ? 4 : 3.5;
      if (op.method !== "DELETE") return 0;
      return 2 + (1 - world.madeAt((await world.path(op.path)) as string) / 1000);
    };
    const ranked = await Promise.all(operations.map(async (op) => ({ op, rank: await rank(op) })));
    return ranked.sort((x, y) => x.rank - y.rank).map(({ op }) => op);
  }

  /** A delete takes an item of its own, so no other item still refers to it. */
  async function pathFor(op: Operation) {
    const path = (await world.path(op.path)) as string;
    // The sub-accounts the walk made go with the tenant.
    if (isTenantDeletion(op)) return `${path}?include_subaccounts=true`;
    // A parent's limits stay at or above its sub-accounts': those the walk made get the least,
    // so a generated update of the tenant is refused for its own reasons only.
    if (op.method === "PUT" && op.path === "/v1/tenants/{tenant_id}") await leastSubaccounts();
    if (op.method !== "DELETE" || !op.path.endsWith("/{id}")) return path;
    const collection = path.slice(0, path.lastIndexOf("/"));
    return `${collection}/${await world.freshItem(collection)}`;
  }

  async function leastSubaccounts() {
    const token = world.owner.token;
    const { body } = await callJson<{ items: { id: string }[] }>(
      `/v1/tenants/${world.tenantId}/subaccounts?limit=100`,
      { token },
    );
    for (const { id } of body.items) {
      await call(`/v1/tenants/${id}`, {
        method: "PUT",
        token,
        body: { max_concurrent_calls: 1, monthly_call_limit: 0 },
      });
    }
  }

  /** The calls the world started, ended, so that deleting the tenant is not refused for them. */
  async function endActiveCalls() {
    const token = world.owner.token;
    const calls = `/v1/tenants/${world.tenantId}/calls`;
    const { body } = await callJson<{ items: { id: string }[] }>(
      `${calls}?status=active&limit=100`,
      { token },
    );
    for (const { id } of body.items) await call(`${calls}/${id}/end`, { method: "POST", token });
  }

  return { world, operations, ordered, pathFor, endActiveCalls };
}

export const isTenantDeletion = (op: Operation) =>
  op.method === "DELETE" && op.path === "/v1/tenants/{tenant_id}";
