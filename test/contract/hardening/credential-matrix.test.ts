import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  call,
  callJson,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../../support/api-client";
import { loadDocument, type Operation } from "../../support/api-document";
import { type BadCredential, badCredentials } from "../../support/bad-credentials";
import { operationOptions } from "../../support/requests";
import { TenantWorld } from "../../support/world";

/** Every state a tenant can be found in by a request. */
const STATES = ["active", "inactive", "deleting", "moving", "gone"] as const;
type State = (typeof STATES)[number];

/** A request of the document's, ready to send but for its credential. */
type Prepared = { op: Operation; path: string; method: string; body?: unknown; headers?: object };

let world: TenantWorld;
let requests: Prepared[];
let others: Prepared[];
const tenants = new Map<State, { owner: Owner; bad: BadCredential[] }>();

/** Brings the owner's tenant to `state`, through the API where the API does it. */
async function bringTo(owner: Owner, state: State) {
  if (state === "inactive") {
    expect((await updateTenant(owner, { status: "inactive" })).status).toBe(200);
  } else if (state === "deleting") {
    // Its deletion's first step is never sent: the tenant stays `deleting`.
    const send = vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    expect(
      (await call(tenantPath(owner.tenantId), { method: "DELETE", token: owner.token })).status,
    ).toBe(202);
    send.mockRestore();
  } else if (state === "moving") {
    // As a move's fence step leaves it, with no move to run after it.
    await env.CELL_US_1.prepare("UPDATE tenants SET status = 'moving' WHERE id = ?")
      .bind(owner.tenantId)
      .run();
  } else if (state === "gone") {
    expect(
      (await call(tenantPath(owner.tenantId), { method: "DELETE", token: owner.token })).status,
    ).toBe(202);
    await vi.waitFor(
      async () => {
        const job = await callJson(tenantPath(owner.tenantId, "/deletion"), { token: owner.token });
        expect(job.body.status).toBe("completed");
      },
      { timeout: 20_000, interval: 100 },
    );
  }
}

beforeAll(async () => {
  const document = await loadDocument();
  const guarded = document.operations.filter((op) => op.security.length > 0);
  // The items every route names are the active world's; in the other states, the same paths and
  // bodies under that state's tenant: the credential is refused before any item is looked up.
  world = await TenantWorld.create(document.operations, document.resolve);
  const prepare = async (op: Operation): Promise<Prepared> => {
    const path = (await world.path(op.path)) ?? op.path.replace("{tenant_id}", world.tenantId);
    const { method = "GET", body, headers } = await operationOptions(op, world.owner, world);
    return { op, path, method, body, headers };
  };
  const underTenant = (op: Operation) => op.path.startsWith("/v1/tenants/{tenant_id}");
  requests = await Promise.all(guarded.filter(underTenant).map(prepare));
  others = await Promise.all(guarded.filter((op) => !underTenant(op)).map(prepare));
  const other = await signup();
  for (const state of STATES) {
    const owner = state === "active" ? world.owner : await signup();
    tenants.set(state, { owner, bad: await badCredentials(owner, other) });
  }
  for (const state of STATES) await bringTo((tenants.get(state) as { owner: Owner }).owner, state);
}, 180_000);

/** Sends every request with every credential, a batch at a time; the successes, named. */
async function successes(batch: { request: Prepared; path: string; credential: BadCredential }[]) {
  const found: string[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < batch.length; i += 20) {
    await Promise.all(
      batch.slice(i, i + 20).map(async ({ request, path, credential }) => {
        const res = await call(path, {
          method: request.method,
          token: credential.token,
          body: request.body,
          headers: request.headers as Record<string, string> | undefined,
        });
        await res.body?.cancel();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.ok || res.status >= 500)
          found.push(`${credential.label}: ${request.method} ${path} → ${res.status}`);
      }),
    );
  }
  return { found, statuses: Object.fromEntries(statuses) };
}

describe("credentials no route verifies, from the OpenAPI document", () => {
  it.each(STATES)(
    "a %s tenant: no operation answers a success to any of them",
    {
      timeout: 120_000,
    },
    async (state) => {
      const { owner, bad } = tenants.get(state) as { owner: Owner; bad: BadCredential[] };
      const batch = requests.flatMap((request) =>
        bad.map((credential) => ({
          request,
          path: request.path.replace(world.tenantId, owner.tenantId),
          credential,
        })),
      );
      const { found, statuses } = await successes(batch);
      console.info(
        JSON.stringify({ credential_matrix: { state, requests: batch.length, statuses } }),
      );
      expect(found).toEqual([]);
      expect(batch.length).toBe(requests.length * 5);
    },
  );

  it("nor any operation outside a tenant", { timeout: 60_000 }, async () => {
    const { bad } = tenants.get("active") as { bad: BadCredential[] };
    const batch = others.flatMap((request) =>
      bad.map((credential) => ({ request, path: request.path, credential })),
    );
    expect(batch.length).toBeGreaterThan(0);
    expect((await successes(batch)).found).toEqual([]);
  });
});
