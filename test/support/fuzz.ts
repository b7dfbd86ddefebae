import { env } from "cloudflare:workers";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call, createPlatformAdmin } from "./api-client";
import { jsonBodySchema, loadDocument, type Operation, undocumented } from "./api-document";
import { invalidBody, type JsonSchema, validValue } from "./schema-arbitrary";
import { TenantWorld } from "./world";

/** Cases over every operation with a JSON body, shared evenly among them. */
const TOTAL_CASES = 10_000;
const WORLDS = 10;
// Issue types that mean "the body does not match the schema": a schema-valid body never gets them.
const SCHEMA_ISSUE =
  /^(missing|extra_forbidden|enum|string_too_(short|long)|greater_than_equal|less_than_equal|too_(short|long)|\w+_type)$/;

/**
 * Property-based fuzzing from the OpenAPI document: every operation with a JSON body gets its
 * share of TOTAL_CASES, valid and invalid bodies, against WORLDS tenants with every item made.
 * The operations are dealt into `parts` test files (this one fuzzes those at `part`, counting
 * from 0), so that the files run side by side on as many cores; each still fuzzes its operations
 * with as many cases as one file fuzzing all of them would.
 */
export function fuzzOperations(part: number, parts: number) {
  let operations: Operation[];
  let resolve: (ref: string) => JsonSchema;
  let worlds: TenantWorld[];
  let adminToken: string;
  const stats = { cases: 0, valid: 0, invalid: 0, accepted: 0, serverErrors: 0 };

  beforeAll(async () => {
    ({ operations, resolve } = await loadDocument());
    // Queued work would run in the background against the worlds; here it is only recorded.
    vi.spyOn(env.WEBHOOK_DELIVERIES, "sendBatch").mockResolvedValue(undefined as never);
    vi.spyOn(env.TENANT_DELETIONS, "send").mockResolvedValue(undefined as never);
    worlds = await Promise.all(
      Array.from({ length: WORLDS }, () => TenantWorld.create(operations, resolve)),
    );
    // Every item made up front, before fuzzed settings switch features off.
    for (const world of worlds) for (const op of operations) await world.path(op.path);
    adminToken = (await createPlatformAdmin()).token;
  }, 300_000);
  afterAll(() => vi.restoreAllMocks());

  const jsonOperations = () => operations.filter((op) => jsonBodySchema(op));

  function tokenFor(op: Operation, world: TenantWorld) {
    if (op.security.length === 0) return undefined;
    return op.path.includes("{tenant_id}") ? world.owner.token : adminToken;
  }

  describe(`property-based fuzzing from the OpenAPI document, part ${part + 1} of ${parts}`, () => {
    it("never answers 5xx, accepts valid bodies, and answers only as documented", {
      timeout: 600_000,
    }, async () => {
      const all = jsonOperations();
      const ops = all.filter((_, i) => i % parts === part);
      expect(ops.length).toBeGreaterThan(0);
      const perOperation = Math.ceil(TOTAL_CASES / all.length);
      for (const op of ops) {
        const schema = jsonBodySchema(op) as JsonSchema;
        // A valid signup or login hashes a password (100,000 PBKDF2 rounds): fewer of those.
        const validWeight = op.path.startsWith("/v1/auth/") ? 1 : 5;
        const bodies = fc.oneof(
          {
            weight: validWeight,
            arbitrary: validValue(schema, resolve).map((body) => ({ valid: true, body })),
          },
          {
            weight: 5,
            arbitrary: invalidBody(schema, resolve).map((body) => ({ valid: false, body })),
          },
        );
        await fc.assert(
          fc.asyncProperty(bodies, fc.nat(WORLDS - 1), async ({ valid, body }, w) => {
            const world = worlds[w] as TenantWorld;
            const path = await world.path(op.path);
            expect(path, `${op.path}: no item to aim at`).not.toBeNull();
            const hinted = valid ? await world.withOwnIds(body) : body;
            const res = await call(path as string, {
              method: op.method,
              token: tokenFor(op, world),
              body: JSON.stringify(hinted),
            });
            stats.cases++;
            stats[valid ? "valid" : "invalid"]++;
            if (res.status >= 500) stats.serverErrors++;
            expect(res.status, `${op.method} ${op.path} ${JSON.stringify(hinted)}`).toBeLessThan(
              500,
            );
            if (valid && res.status === 422) {
              const detail = ((await res.clone().json()) as { detail: { type: string }[] }).detail;
              expect(
                detail.filter((d) => SCHEMA_ISSUE.test(d.type)),
                `${op.path} refused a valid body ${JSON.stringify(hinted)}`,
              ).toEqual([]);
            }
            if (valid && res.ok) stats.accepted++;
            expect(await undocumented(op, res, resolve)).toBeNull();
          }),
          { numRuns: perOperation },
        );
      }
      console.info(
        JSON.stringify({ fuzz: stats, operations: ops.map((op) => `${op.method} ${op.path}`) }),
      );
      expect(stats.cases).toBeGreaterThanOrEqual(perOperation * ops.length);
      expect(stats.serverErrors).toBe(0);
      expect(stats.accepted).toBeGreaterThan(0);
    });
  });
}
