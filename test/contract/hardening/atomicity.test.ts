import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Operation } from "../../support/api-document";
import { withFailingLog } from "../../support/failing-inserts";
import { isTenantDeletion, mutatingWalk } from "../../support/mutating-walk";
import { sendOperation } from "../../support/requests";
import { GENERATED_BODY_TRIES } from "../../support/schema-arbitrary";
import {
  differences,
  onlyObjectsRemoved,
  type TenantState,
  tenantState,
} from "../../support/tenant-state";
import type { TenantWorld } from "../../support/world";

// Replayable responses, not the tenant's data: a failed request stores none anyway.
const NOT_TENANT_DATA = ["idempotency_keys"];

let walk: Awaited<ReturnType<typeof mutatingWalk>>;
let world: TenantWorld;

beforeAll(async () => {
  walk = await mutatingWalk();
  world = walk.world;
}, 120_000);
afterAll(() => vi.restoreAllMocks());

/** `send` while no activity-log entry can be written: what it answered. */
const withFailingLogAnswer = (send: () => Promise<Response>) =>
  withFailingLog(async () => {
    const res = await send();
    return { status: res.status, text: await res.text() };
  });

const stateOf = (): Promise<TenantState> => tenantState(world.tenantId, NOT_TENANT_DATA);

/**
 * One try of `op` with the log failing: what it answered and which of the tenant's tables it
 * changed. A 422 (a generated body breaking a rule the schema cannot express) or a success that
 * changed nothing (an update repeating the stored values never reaches the log) says nothing
 * about atomicity: another body is tried.
 */
async function attempt(op: Operation, path: string) {
  const before = await stateOf();
  const { status, text } = await withFailingLogAnswer(() =>
    sendOperation(op, path, world.owner, world),
  );
  const after = await stateOf();
  const changed = differences(before, after);
  const retry = status === 422 || (status < 300 && changed.length === 0);
  // A DELETE of stored bytes removes them before its D1 write (see `onlyObjectsRemoved`).
  const bytesGone = op.method === "DELETE" && onlyObjectsRemoved(before, after);
  const halfWritten = changed.filter((part) => part !== "r2" || !bytesGone);
  return { answer: `${status} ${text.slice(0, 200)}`, status, changed, halfWritten, retry };
}

describe("a change and its activity-log entry are written together, or neither is", () => {
  it("every mutating route, from the OpenAPI document, with the log insert failing", {
    timeout: 180_000,
  }, async () => {
    const unexercised: string[] = [];
    const halfWritten: string[] = [];
    const succeeded: string[] = [];
    const finishedByRetry: string[] = [];
    const { operations } = walk;
    for (const op of await walk.ordered()) {
      const name = `${op.method} ${op.path}`;
      if (isTenantDeletion(op)) await walk.endActiveCalls();
      const path = await walk.pathFor(op);
      let outcome = await attempt(op, path);
      for (let retry = 0; outcome.retry && retry < GENERATED_BODY_TRIES; retry++)
        outcome = await attempt(op, path);
      if (outcome.halfWritten.length > 0)
        halfWritten.push(`${name} → ${outcome.status}, changed ${outcome.halfWritten.join(", ")}`);
      else if (outcome.changed.includes("r2")) {
        // Only objects went, and nothing of D1: the same request, once the log works, finishes.
        const again = await sendOperation(op, path, world.owner, world);
        if (again.ok) finishedByRetry.push(name);
        else halfWritten.push(`${name} removed objects; sent again → ${again.status}`);
      }
      if (outcome.status < 300) succeeded.push(`${name} → ${outcome.answer}`);
      else if (outcome.status < 500) unexercised.push(`${name} → ${outcome.answer}`);
    }
    console.info(
      JSON.stringify({ atomicity: { mutating_routes: operations.length, finishedByRetry } }),
    );
    expect(halfWritten).toEqual([]);
    expect(succeeded).toEqual([]);
    expect(unexercised).toEqual([]);
    expect(operations.length).toBeGreaterThan(20);
  });
});
