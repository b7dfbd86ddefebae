/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorker } from "../../scripts/build-worker.mjs";
import { type LocalApi, startLocalApi } from "../support/local-api";

/** The deployed Worker script's limit: 150 KiB gzip. */
const GZIP_LIMIT = 150 * 1024;

/** Documentation text from each kind the build removes, unique in the unstripped bundle. */
const DOCUMENTATION = [
  // a route's summary and description (src/tenants/routes.ts)
  '"Update tenant"',
  "The tenant's settings. The",
  // a response's description
  '"The updated tenant"',
  // zod's `.describe(…)`, texts joined by `+` (src/auth/schemas.ts)
  "Trade it at POST /v1/auth/refresh for new tokens",
  // `description` in `.meta({...})` (src/squads/routes.ts)
  "Agents of this tenant, in order, each once",
];

const bin = join(process.cwd(), "node_modules", ".bin");

/** The Worker as a plain `wrangler deploy` of src/ would upload it. */
function unstrippedBundle(outdir: string): string {
  const build = spawnSync("wrangler", ["deploy", "--dry-run", "--outdir", outdir], {
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH}`,
      WRANGLER_SEND_METRICS: "false",
    },
  });
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stderr}`);
  return readFileSync(join(outdir, "index.js"), "utf8");
}

describe("the deployed Worker (scripts/build-worker.mjs)", () => {
  const work = mkdtempSync(join(tmpdir(), "worker-bundle-"));
  let built: ReturnType<typeof buildWorker>;
  let stripped: string;
  let api: LocalApi | undefined;

  beforeAll(async () => {
    built = buildWorker({ outdir: join(work, "stripped") });
    stripped = readFileSync(built.entry, "utf8");
    // The built file as it is, not src/: `npm run deploy` uploads it with `--no-bundle`.
    api = await startLocalApi({
      readyMs: 60_000,
      devArgs: ["--config", "wrangler.toml", "--no-bundle", built.entry],
    });
  }, 90_000);
  afterAll(async () => {
    await api?.stop();
    rmSync(work, { recursive: true, force: true });
  }, 10_000);

  it("is under 150 KiB gzip", () => {
    const gzipBytes = gzipSync(readFileSync(built.entry), { level: 9 }).length;
    expect(built.gzipBytes).toBe(gzipBytes);
    expect(gzipBytes).toBeLessThan(GZIP_LIMIT);
  });

  it("holds none of the documentation text a plain build of src/ holds", () => {
    const plain = unstrippedBundle(join(work, "plain"));
    for (const text of DOCUMENTATION) {
      expect(plain, text).toContain(text);
      expect(stripped, text).not.toContain(text);
    }
    expect(stripped.length).toBeLessThan(plain.length);
  });

  it("still routes, authenticates and answers by what each route declares", async () => {
    const { origin } = api as LocalApi;
    const signup = await fetch(`${origin}/v1/auth/signup`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        email: "bundle-owner@example.com",
        password: "correct horse battery",
      }),
    });
    expect(signup.status).toBe(201);
    const { access_token: token, tenant_id: tenantId } = (await signup.json()) as {
      access_token: string;
      tenant_id: string;
    };
    const tenant = `${origin}/v1/tenants/${tenantId}`;

    const read = await fetch(tenant, { headers: { Authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { id: string }).id).toBe(tenantId);

    // Well formed, for this tenant's cell, but never issued: the tenant's own statement refuses it.
    const madeUp = `sk_us-1_${tenantId}_${"A".repeat(43)}`;
    const refused = await fetch(tenant, { headers: { Authorization: `Bearer ${madeUp}` } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBeTypeOf("string");

    const unknown = await fetch(`${origin}/v1/no-such-thing`);
    expect(unknown.status).toBe(404);

    const wrongMethod = await fetch(tenant, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("Allow")).toContain("GET");
  });
});
