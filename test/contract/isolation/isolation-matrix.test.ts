import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call } from "../../support/api-client";
import { isIdParam, loadDocument, type Operation } from "../../support/api-document";
import { bodyFor, sendOperation, tenantOperations } from "../../support/requests";
import { GENERATED_BODY_TRIES } from "../../support/schema-arbitrary";
import { team } from "../../support/team";
import { TenantWorld } from "../../support/world";

let operations: Operation[];
let a: TenantWorld;
let b: TenantWorld;

/** B as a whole, through its own export: every row it owns and every object it stores. */
async function everythingOf(world: TenantWorld) {
  const res = await call(`/v1/tenants/${world.tenantId}/export`, { token: world.owner.token });
  expect(res.status).toBe(200);
  const {
    exported_at: _,
    audit_checkpoint,
    ...rest
  } = (await res.json()) as {
    exported_at: string;
    audit_checkpoint: Record<string, unknown>;
  };
  // Signed when the export is taken: what it covers is compared, not when it was signed.
  const { sealed_at: __, signature: ___, ...covered } = audit_checkpoint;
  return { ...rest, audit_checkpoint: covered };
}

beforeAll(async () => {
  // Queued work would change B behind the test's back; here it is only recorded.
  vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
  vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
  const document = await loadDocument();
  operations = tenantOperations(document.operations);
  a = await TenantWorld.create(document.operations, document.resolve, { webhooks: true });
  // B in the other region's cell: A's token reaches neither B's cell nor B's data.
  b = await TenantWorld.create(document.operations, document.resolve, {
    webhooks: true,
    region: "eu",
  });
  for (const op of operations) {
    await a.path(op.path);
    await b.path(op.path);
  }
}, 120_000);
afterAll(() => vi.restoreAllMocks());

/** What a route answered: its status and body, to compare with another answer. */
async function answerOf(res: Response) {
  const text = await res.text();
  return { status: res.status, text, summary: `${res.status} ${text.slice(0, 120)}` };
}

/** `path` with each id in it replaced by one that never existed, but A's own tenant id. */
function neverExisting(template: string, path: string) {
  const concrete = path.split("/");
  return template
    .split("/")
    .map((part, i) =>
      part.startsWith("{") && isIdParam(part.slice(1, -1)) && concrete[i] !== a.tenantId
        ? crypto.randomUUID()
        : concrete[i],
    )
    .join("/");
}

describe("tenant isolation matrix, from the OpenAPI document", () => {
  it("A's token never reaches B: every route, B's ids in the path and nested under A's", {
    timeout: 120_000,
  }, async () => {
    const before = await everythingOf(b);
    const covered: string[] = [];
    const leaks: string[] = [];
    let requests = 0;
    for (const op of operations) {
      const bPath = await b.path(op.path);
      expect(bPath, `${op.method} ${op.path}: B's items could not be made`).not.toBeNull();
      covered.push(`${op.method} ${op.path}`);
      const targets = [bPath as string];
      // B's nested ids under A's own tenant id.
      // B's ids under A's tenant; a parameter that names no item (`{period}`) chooses among A's own.
      if (/\{tenant_id\}.*\{(id|\w+_id)\}/.test(op.path))
        targets.push((bPath as string).replace(b.tenantId, a.tenantId));
      for (const path of targets) {
        // B's items answer exactly as items that never existed: 404, and the same body. A
        // generated body can break a rule its schema cannot express (a 422 before any lookup):
        // another is tried.
        const ghostPath = neverExisting(op.path, path);
        let body = await bodyFor(op, a);
        let ghost = await answerOf(await sendOperation(op, ghostPath, a.owner, a, body));
        for (let retry = 0; ghost.status === 422 && retry < GENERATED_BODY_TRIES; retry++) {
          body = await bodyFor(op, a);
          ghost = await answerOf(await sendOperation(op, ghostPath, a.owner, a, body));
        }
        const answer = await answerOf(await sendOperation(op, path, a.owner, a, body));
        requests += 2;
        if (answer.status !== 404) leaks.push(`${op.method} ${path} → ${answer.summary}`);
        else if (answer.text !== ghost.text)
          leaks.push(`${op.method} ${path} → ${answer.summary}, not as missing: ${ghost.summary}`);
        if (answer.text.includes(b.tenantId) && path.startsWith(`/v1/tenants/${a.tenantId}`))
          leaks.push(`${op.method} ${path} echoed B`);
      }
    }
    console.info(
      JSON.stringify({
        isolation_matrix: { routes: covered.length, requests },
      }),
    );
    expect(leaks).toEqual([]);
    expect(covered).toHaveLength(operations.length);
    expect(await everythingOf(b)).toEqual(before);
  });

  it("nor do A's members and API keys of any role: every route, B's ids", {
    timeout: 180_000,
  }, async () => {
    const before = await everythingOf(b);
    const cast = (await team(a.owner)).filter((member) => member.role !== "owner");
    const leaks: string[] = [];
    for (const op of operations) {
      const bPath = (await b.path(op.path)) as string;
      const ghostPath = neverExisting(op.path, bPath);
      const body = await bodyFor(op, a);
      for (const member of cast) {
        const as = { ...a.owner, token: member.token };
        const ghost = await answerOf(await sendOperation(op, ghostPath, as, a, body));
        const answer = await answerOf(await sendOperation(op, bPath, as, a, body));
        if (answer.status !== 404 || answer.text !== ghost.text)
          leaks.push(`${member.label} ${op.method} ${bPath} → ${answer.summary}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await everythingOf(b)).toEqual(before);
  });
});
