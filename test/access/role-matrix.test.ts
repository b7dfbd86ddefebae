import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { allows, type TenantRole } from "../../src/access/roles";
import { loadDocument, type Operation } from "../support/api-document";
import { isTenantDeletion, mutatingWalk } from "../support/mutating-walk";
import { sendOperation, tenantOperations } from "../support/requests";
import { GENERATED_BODY_TRIES } from "../support/schema-arbitrary";
import { type TeamCredential, team } from "../support/team";

let walk: Awaited<ReturnType<typeof mutatingWalk>>;
let reads: Operation[];
let others: Operation[];
let cast: TeamCredential[];

beforeAll(async () => {
  walk = await mutatingWalk();
  const { operations } = await loadDocument();
  const tenant = tenantOperations(operations);
  reads = tenant.filter((op) => op.method === "GET");
  const walked = new Set(walk.operations.map((op) => `${op.method} ${op.path}`));
  others = tenant.filter((op) => op.method !== "GET" && !walked.has(`${op.method} ${op.path}`));
  // Least role first: a write a lesser role is refused changes nothing for the next one.
  cast = await team(walk.world.owner);
}, 180_000);
afterAll(() => vi.restoreAllMocks());

const requiredRole = (op: Operation) => {
  const role = op["x-required-role"];
  if (!role) throw new Error(`${op.method} ${op.path} declares no role`);
  return role;
};
const mayCall = (role: TenantRole, needs: ReturnType<typeof requiredRole>) =>
  needs !== "platform_admin" && allows(role, needs);

// Every write logs (test/contract/hardening/activity-coverage.test.ts): a refused one that logged nothing
// wrote nothing.
const logSize = async () =>
  (
    await env.CELL_US_1.prepare("SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ?")
      .bind(walk.world.tenantId)
      .first<{ n: number }>()
  )?.n ?? 0;

async function send(op: Operation, path: string, token: string) {
  const world = walk.world;
  let res = await sendOperation(op, path, { ...world.owner, token }, world);
  // A generated body may break a rule its schema cannot express: another is tried.
  for (let retry = 0; res.status === 422 && retry < GENERATED_BODY_TRIES; retry++) {
    res = await sendOperation(op, path, { ...world.owner, token }, world);
  }
  return { status: res.status, text: await res.text() };
}

/** What is wrong with a refusal: it must be 403 `forbidden`, naming the role needed. */
function wrongRefusal(needs: string, answer: { status: number; text: string }) {
  if (answer.status !== 403) return `${answer.status} ${answer.text.slice(0, 160)}`;
  const body = JSON.parse(answer.text) as { code: string; detail: string };
  const named =
    needs === "platform_admin" ? /Platform administrators/ : new RegExp(`the ${needs} role`);
  return body.code === "forbidden" && named.test(body.detail) ? null : answer.text;
}

describe("each role against every tenant route, from the OpenAPI document", () => {
  it("reads: every role the route allows gets what the owner gets; the others 403", {
    timeout: 180_000,
  }, async () => {
    const wrong: string[] = [];
    for (const op of reads) {
      const path = (await walk.world.path(op.path)) as string;
      const needs = requiredRole(op);
      const owner = await send(op, path, walk.world.owner.token);
      for (const member of cast) {
        const answer = await send(op, path, member.token);
        const name = `${member.label} ${op.method} ${op.path}`;
        if (!mayCall(member.role, needs)) {
          const refusal = wrongRefusal(needs, answer);
          if (refusal) wrong.push(`${name} (needs ${needs}) → ${refusal}`);
        } else if (answer.status !== owner.status) {
          wrong.push(
            `${name} → ${answer.status}, the owner ${owner.status}: ${answer.text.slice(0, 160)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(reads.length).toBeGreaterThan(20);
    console.info(
      JSON.stringify({ role_matrix: { reads: reads.length, credentials: cast.length } }),
    );
  });

  it("writes: the least role allowed succeeds, lesser ones 403 and change nothing", {
    timeout: 240_000,
  }, async () => {
    const wrong: string[] = [];
    const roles = new Set<string>();
    let refused = 0;
    for (const op of [...others, ...(await walk.ordered())]) {
      const needs = requiredRole(op);
      roles.add(needs);
      const performed = !others.includes(op);
      if (isTenantDeletion(op)) await walk.endActiveCalls();
      const path = await walk.pathFor(op);
      for (const member of cast) {
        const name = `${member.label} ${op.method} ${op.path}`;
        if (!mayCall(member.role, needs)) {
          const before = await logSize();
          const refusal = wrongRefusal(needs, await send(op, path, member.token));
          if (refusal) wrong.push(`${name} (needs ${needs}) → ${refusal}`);
          if ((await logSize()) !== before) wrong.push(`${name} was refused but wrote`);
          refused++;
          continue;
        }
        if (!performed) continue;
        const answer = await send(op, path, member.token);
        if (answer.status >= 300)
          wrong.push(`${name} → ${answer.status} ${answer.text.slice(0, 160)}`);
        break;
      }
    }
    expect(wrong).toEqual([]);
    expect([...roles].sort()).toEqual(["admin", "developer", "owner", "platform_admin"]);
    console.info(JSON.stringify({ role_matrix: { writes: refused } }));
    expect(refused).toBeGreaterThan(80);
  });
});
