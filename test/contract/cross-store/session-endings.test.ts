import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { learnCell } from "../../../src/cells/routing";
import {
  call,
  callJson,
  createPlatformAdmin,
  type Owner,
  signup,
  tenantPath,
  updateTenant,
} from "../../support/api-client";
import { failOn } from "../../support/deletion-harness";
import { createMoveHarness } from "../../support/move-harness";
import { differences, tenantState } from "../../support/tenant-state";

type Tokens = { access_token: string; refresh_token: string };
type Harness = ReturnType<typeof createMoveHarness>;

const NEW_PASSWORD = "a brand new passphrase";

beforeEach(() => {
  // The tenants' webhook deliveries are not the point here.
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

const login = (email: string, password: string) =>
  callJson<Tokens & { code?: string }>("/v1/auth/login", {
    method: "POST",
    body: { email, password },
  });

const refresh = (refreshToken: string) =>
  callJson<Tokens & { code?: string }>("/v1/auth/refresh", {
    method: "POST",
    body: { refresh_token: refreshToken },
  });

/** Whether the session of `token` holds, by the one route that answers in every state. */
const holds = async (tenantId: string, token: string) => {
  const res = await call(tenantPath(tenantId, "/deletion"), { token });
  return res.status !== 401;
};

async function changePassword(token: string, current: string, next = NEW_PASSWORD) {
  const res = await call("/v1/auth/password", {
    method: "POST",
    token,
    body: { current_password: current, new_password: next },
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as { code?: string } };
}

const logout = (token: string) => call("/v1/auth/logout", { method: "POST", token });

/** The owner's password hash, read off the control plane. */
const passwordHashOf = async (userId: string) =>
  (
    await env.DB.prepare("SELECT password_hash FROM users WHERE id = ?")
      .bind(userId)
      .first<{ password_hash: string }>()
  )?.password_hash;

/** The tenant's status in a cell, read off its database. */
const statusIn = async (d1: D1Database, tenantId: string) =>
  (
    await d1
      .prepare("SELECT status FROM tenants WHERE id = ?")
      .bind(tenantId)
      .first<{ status: string }>()
  )?.status;

type MoveRow = { status: string; stage: string; position: string };
const moveRow = (tenantId: string) =>
  env.DB.prepare(
    "SELECT status, stage, position FROM tenant_moves WHERE tenant_id = ? ORDER BY id DESC LIMIT 1",
  )
    .bind(tenantId)
    .first<MoveRow>();

async function startMove(harness: Harness, tenantId: string, cell = "eu-1") {
  const admin = await createPlatformAdmin();
  const started = await harness.request(tenantPath(tenantId, "/move"), {
    method: "POST",
    token: admin.token,
    body: { cell },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
}

/** Delivers the move's messages until `reached` holds of its row; fails if it never does. */
async function stepUntil(harness: Harness, tenantId: string, reached: (move: MoveRow) => boolean) {
  for (let i = 0; i < 500; i++) {
    const move = await moveRow(tenantId);
    if (move && reached(move)) return move;
    if (!(await harness.step())) break;
  }
  throw new Error(`the move never reached that point: ${JSON.stringify(await moveRow(tenantId))}`);
}

/** A tenant of the US cell with its owner's second session (another device, or an attacker's). */
async function ownerWithTwoSessions(): Promise<{ owner: Owner; other: Tokens }> {
  const owner = await signup("Sessions Co", "us");
  const other = await login(owner.email, owner.password);
  expect(other.status).toBe(200);
  return { owner, other: other.body };
}

describe("a password change while the tenant moves", { timeout: 60_000 }, () => {
  it("ends every other session at once, and they stay ended after the move", async () => {
    const { owner, other } = await ownerWithTwoSessions();
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId);
    // The sessions table copied already: what the change writes comes after the copy.
    await stepUntil(harness, owner.tenantId, (move) => move.stage === "verify");
    expect(await statusIn(env.CELL_US_1, owner.tenantId)).toBe("moving");

    const changed = await changePassword(owner.token, owner.password);
    expect(changed.status, JSON.stringify(changed.body)).toBe(204);
    expect(await holds(owner.tenantId, other.access_token)).toBe(false);
    expect((await refresh(other.refresh_token)).status).toBe(401);
    expect(await holds(owner.tenantId, owner.token)).toBe(true);

    await harness.drain();
    expect((await moveRow(owner.tenantId))?.status).toBe("completed");
    expect(await statusIn(env.CELL_EU_1, owner.tenantId)).toBe("active");
    expect(await holds(owner.tenantId, other.access_token)).toBe(false);
    expect((await refresh(other.refresh_token)).status).toBe(401);
    expect(await holds(owner.tenantId, owner.token)).toBe(true);
    expect((await login(owner.email, owner.password)).status).toBe(401);
    expect((await login(owner.email, NEW_PASSWORD)).status).toBe(200);
  });

  it("at every stage of a move: a 409 wrote nothing in any store, a 204 ended the other sessions", async () => {
    const owner = await signup("Every Step Co", "us");
    // A change at every step of the move is more than the budgets allow; they are not the point.
    const unlimited = { limit: async () => ({ success: true }) };
    const harness = createMoveHarness({
      AUTH_IP_LIMITER: unlimited,
      AUTH_EMAIL_IP_LIMITER: unlimited,
      AUTH_EMAIL_LIMITER: unlimited,
    });
    await startMove(harness, owner.tenantId);
    let password = owner.password;
    const answers = new Set<number>();
    const tried = new Set<string>();
    for (let i = 0; i < 500; i++) {
      // Each step of the fence and the switch, and the first of every other stage.
      const move = await moveRow(owner.tenantId);
      const at = `${move?.stage} ${["fence", "switch"].includes(move?.stage ?? "") ? `${i}` : ""}`;
      if (tried.has(at)) {
        if (!(await harness.step())) break;
        continue;
      }
      tried.add(at);
      const other = await harness.request<Tokens>("/v1/auth/login", {
        method: "POST",
        body: { email: owner.email, password },
      });
      const before = await tenantState(owner.tenantId);
      const hashBefore = await passwordHashOf(owner.tenantId);
      const next = `passphrase number ${i}`;
      const changed = await harness.request("/v1/auth/password", {
        method: "POST",
        token: owner.token,
        body: { current_password: password, new_password: next },
      });
      answers.add(changed.status);
      if (changed.status === 409) {
        // Nothing in the control plane (the password), the cells or the buckets.
        expect(differences(before, await tenantState(owner.tenantId))).toEqual([]);
        expect(await passwordHashOf(owner.tenantId)).toBe(hashBefore);
      } else {
        expect(changed.status, JSON.stringify(changed.body)).toBe(204);
        password = next;
        expect(await passwordHashOf(owner.tenantId)).not.toBe(hashBefore);
        // A login is refused while the tenant moves; one that got in is ended.
        if (other.status === 200) {
          expect(await holds(owner.tenantId, other.body.access_token)).toBe(false);
          expect((await refresh(other.body.refresh_token)).status).toBe(401);
        }
      }
      if (!(await harness.step())) break;
    }
    expect((await moveRow(owner.tenantId))?.status).toBe("completed");
    expect(tried.size).toBeGreaterThan(6);
    expect(answers).toEqual(new Set([204]));
    expect(await holds(owner.tenantId, owner.token)).toBe(true);
  });
});

describe("ending a session while the tenant moves", { timeout: 60_000 }, () => {
  it("logout after the sessions were copied: refused at once, and after the move", async () => {
    const { owner, other } = await ownerWithTwoSessions();
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId);
    await stepUntil(harness, owner.tenantId, (move) => move.stage === "verify");

    expect((await logout(other.access_token)).status).toBe(204);
    expect(await holds(owner.tenantId, other.access_token)).toBe(false);
    expect((await refresh(other.refresh_token)).status).toBe(401);

    await harness.drain();
    expect((await moveRow(owner.tenantId))?.status).toBe("completed");
    expect(await holds(owner.tenantId, other.access_token)).toBe(false);
    expect((await refresh(other.refresh_token)).status).toBe(401);
    expect(await holds(owner.tenantId, owner.token)).toBe(true);
  });

  it("logout half-way through the switch, on either cell: ended on both, and after the move", async () => {
    const { owner, other } = await ownerWithTwoSessions();
    const third = (await login(owner.email, owner.password)).body;
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId);
    await stepUntil(harness, owner.tenantId, (move) => move.stage === "switch");
    // The switch dies once the directory names the new cell, before the source is `moved`: both
    // copies are `moving` and serve reads; an isolate that remembers the source serves from it,
    // one that asked the directory from the new cell.
    harness.faults.push(failOn(/update "tenants"/i, { after: /update "tenant_directory"/i }));
    await harness.step();
    expect(await statusIn(env.CELL_US_1, owner.tenantId)).toBe("moving");
    expect(await statusIn(env.CELL_EU_1, owner.tenantId)).toBe("moving");

    learnCell(owner.tenantId, "us-1");
    expect((await logout(other.access_token)).status).toBe(204);
    learnCell(owner.tenantId, "eu-1");
    expect((await logout(third.access_token)).status).toBe(204);
    for (const cell of ["us-1", "eu-1"]) {
      learnCell(owner.tenantId, cell);
      for (const ended of [other, third]) {
        expect(await holds(owner.tenantId, ended.access_token), cell).toBe(false);
      }
      expect(await holds(owner.tenantId, owner.token), cell).toBe(true);
    }

    await harness.drain();
    expect((await moveRow(owner.tenantId))?.status).toBe("completed");
    for (const ended of [other, third]) {
      expect(await holds(owner.tenantId, ended.access_token)).toBe(false);
      expect((await refresh(ended.refresh_token)).status).toBe(401);
    }
    expect(await holds(owner.tenantId, owner.token)).toBe(true);
  });

  it("refresh rotates during the move; a spent token sent again ends the session, after the move too", async () => {
    const { owner, other } = await ownerWithTwoSessions();
    const harness = createMoveHarness();
    await startMove(harness, owner.tenantId);
    await stepUntil(harness, owner.tenantId, (move) => move.stage === "verify");

    const rotated = await refresh(other.refresh_token);
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
    expect(await holds(owner.tenantId, rotated.body.access_token)).toBe(true);
    // The spent one again: a stolen copy. The whole session ends.
    expect((await refresh(other.refresh_token)).status).toBe(401);
    expect(await holds(owner.tenantId, rotated.body.access_token)).toBe(false);

    // The owner's own session rotates during the move and keeps working after it.
    const own = await refresh(owner.refreshToken);
    expect(own.status).toBe(200);
    await harness.drain();
    expect((await moveRow(owner.tenantId))?.status).toBe("completed");
    expect(await holds(owner.tenantId, rotated.body.access_token)).toBe(false);
    expect((await refresh(rotated.body.refresh_token)).status).toBe(401);
    const after = await refresh(own.body.refresh_token);
    expect(after.status).toBe(200);
    expect(await holds(owner.tenantId, after.body.access_token)).toBe(true);
  });
});

type State = "active" | "inactive" | "deleting";

/** Puts the tenant in `state` through the API. */
async function putInState(owner: Owner, state: State) {
  if (state === "inactive")
    expect((await updateTenant(owner, { status: "inactive" })).status).toBe(200);
  if (state === "deleting") {
    const res = await call(`${tenantPath(owner.tenantId)}?force=true`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(res.status).toBe(202);
  }
}

describe("ending access works in every tenant state", { timeout: 30_000 }, () => {
  for (const state of ["active", "inactive", "deleting"] as const) {
    it(`${state}: logout and a password change end sessions from the next request`, async () => {
      // The deletion's queue is not driven here: the tenant stays `deleting`.
      vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
      const { owner, other } = await ownerWithTwoSessions();
      const third = (await login(owner.email, owner.password)).body;
      await putInState(owner, state);

      expect((await logout(third.access_token)).status).toBe(204);
      expect(await holds(owner.tenantId, third.access_token)).toBe(false);
      expect((await refresh(third.refresh_token)).status).toBe(401);

      const changed = await changePassword(owner.token, owner.password);
      expect(changed.status, JSON.stringify(changed.body)).toBe(204);
      expect(await holds(owner.tenantId, other.access_token)).toBe(false);
      expect((await refresh(other.refresh_token)).status).toBe(401);
      expect(await holds(owner.tenantId, owner.token)).toBe(true);
    });
  }
});
