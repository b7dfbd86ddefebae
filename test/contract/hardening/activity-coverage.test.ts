import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { allows } from "../../../src/access/roles";
import { call } from "../../support/api-client";
import type { Operation } from "../../support/api-document";
import { isTenantDeletion, mutatingWalk } from "../../support/mutating-walk";
import { sendOperation } from "../../support/requests";
import { GENERATED_BODY_TRIES } from "../../support/schema-arbitrary";
import { type TeamCredential, team } from "../../support/team";
import type { TenantWorld } from "../../support/world";

let walk: Awaited<ReturnType<typeof mutatingWalk>>;
let world: TenantWorld;
let cast: TeamCredential[];

beforeAll(async () => {
  // In the EU cell: every route reaches the tenant's own cell, wherever it is.
  walk = await mutatingWalk({ region: "eu" });
  world = walk.world;
  cast = await team(world.owner);
}, 120_000);

/**
 * Who performs `op`: a credential of the least role it allows, a member's token and a key in
 * turn, so every kind of actor is logged by some route.
 */
function performerOf(op: Operation, turn: number) {
  const needs = op["x-required-role"] ?? "owner";
  const allowed = cast.filter((c) => needs !== "platform_admin" && allows(c.role, needs));
  const least = allowed.filter((c) => c.role === allowed[0]?.role);
  return least[turn % least.length] as TeamCredential;
}

/** The newest entry's actor. */
const lastActor = async (tenantId: string) =>
  env.CELL_EU_1.prepare(
    "SELECT actor_type AS type, actor_id AS id FROM activity_logs WHERE tenant_id = ? ORDER BY rowid DESC LIMIT 1",
  )
    .bind(tenantId)
    .first<{ type: string; id: string }>();
afterAll(() => vi.restoreAllMocks());

const logSize = async (tenantId: string) =>
  (
    await env.CELL_EU_1.prepare("SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ?")
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n ?? 0;

const isUpdate = (op: Operation) => op.method === "PUT" || op.method === "PATCH";
const snapshot = async (op: Operation, path: string) =>
  isUpdate(op)
    ? new Uint8Array(await (await call(path, { token: world.owner.token })).arrayBuffer()).join()
    : null;

/** One try of `op`: whether it logged, whether it failed, whether another body should be tried. */
async function attempt(op: Operation, path: string, performer: TeamCredential) {
  const before = await logSize(world.tenantId);
  const stateBefore = await snapshot(op, path);
  const res = await sendOperation(op, path, { ...world.owner, token: performer.token }, world);
  if (!res.ok) {
    const failed = `${res.status} ${await res.text()}`;
    return { logged: false, failed, retry: res.status === 422 };
  }
  const logged = (await logSize(world.tenantId)) > before;
  if (logged && !isTenantDeletion(op)) {
    const actor = await lastActor(world.tenantId);
    if (actor?.type !== performer.actor.type || actor.id !== performer.actor.id) {
      const failed = `logged ${JSON.stringify(actor)}, performed by ${performer.label}`;
      return { logged, failed, retry: false };
    }
  }
  const unchanged = isUpdate(op) && (await snapshot(op, path)) === stateBefore;
  return { logged, failed: null, retry: !logged && unchanged };
}

describe("every mutating route writes an activity-log entry", () => {
  it("enumerated from the OpenAPI document", { timeout: 120_000 }, async () => {
    const missing: string[] = [];
    const failed: string[] = [];
    const performers = new Set<string>();
    const { operations } = walk;
    for (const [turn, op] of (await walk.ordered()).entries()) {
      const path = await walk.pathFor(op);
      if (isTenantDeletion(op)) await walk.endActiveCalls();
      const performer = performerOf(op, turn);
      performers.add(performer.label);
      // Generated bodies can break a rule the schema cannot express (a plan cap), or, for an
      // update, repeat what is stored (a change of nothing logs nothing): try a few.
      let outcome = await attempt(op, path, performer);
      for (let retry = 0; outcome.retry && retry < GENERATED_BODY_TRIES; retry++)
        outcome = await attempt(op, path, performer);
      if (outcome.failed) failed.push(`${op.method} ${op.path} → ${outcome.failed}`);
      else if (!outcome.logged) missing.push(`${op.method} ${op.path}`);
    }
    console.info(JSON.stringify({ activity_coverage: { mutating_routes: operations.length } }));
    expect(failed).toEqual([]);
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(20);
    expect([...performers].sort()).toEqual([
      "admin key",
      "admin member",
      "developer key",
      "developer member",
      "owner",
    ]);
  });
});
