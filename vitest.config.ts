import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { copyAssets } from "./scripts/copy-assets.mjs";
import { auditSigningKey } from "./scripts/dev-vars.mjs";
import { squashedSchema } from "./scripts/squashed-schema.mjs";
import { LongestFirst } from "./test/support/longest-first";

// The Worker serves /docs and /openapi.json from its static assets: built from the source as it is.
await copyAssets();

// Fixed test keys: two keyring entries so rotation can be exercised (the first is current).
const TEST_KEY_CURRENT = "k2:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const TEST_KEY_OLD = "k1:HxwdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

// Tests that drive tools outside the Workers runtime (a browser, a linter, a local server).
const NODE_TESTS = "test/**/*.node.test.ts";

// Two files at once on two cores shared with other work: a test that takes 2 s alone took 20 on
// a machine loaded eight times over. The default 5 s failed such tests at random; a hang still
// fails. Each project sets them: projects do not inherit the root's test options.
const TIMEOUTS = { testTimeout: 60_000, hookTimeout: 60_000 };

const CONTROL_MIGRATIONS = await readD1Migrations("./drizzle/control");
const CELL_MIGRATIONS = await readD1Migrations("./drizzle/cell");
const CONTROL_SCHEMA = squashedSchema(CONTROL_MIGRATIONS);
const CELL_SCHEMA = squashedSchema(CELL_MIGRATIONS);

/**
 * The Workers runtime the tests run in: the Worker's bindings (wrangler.toml) and the tests' own
 * (migrations, the squashed schema, fixed secrets, a small rate limit).
 */
const workersRuntime = () =>
  cloudflareTest({
    wrangler: { configPath: "./wrangler.toml" },
    miniflare: {
      bindings: {
        CONTROL_MIGRATIONS,
        CELL_MIGRATIONS,
        CONTROL_SCHEMA,
        CELL_SCHEMA,
        JWT_SECRET: "test-jwt-secret-of-sufficient-length-0123456789",
        ENCRYPTION_KEYS: `${TEST_KEY_CURRENT},${TEST_KEY_OLD}`,
        CREDENTIAL_HASH_KEY: "test-credential-hash-key-of-sufficient-length",
        AUDIT_SIGNING_KEY: auditSigningKey(),
        ENVIRONMENT: "development",
        // Thousands of accounts are made here: a hash of 1,000 rounds instead of 100,000.
        // Production ignores it (test/auth/password-work.node.test.ts).
        PASSWORD_ITERATIONS: "1000",
        CORS_ORIGINS: "https://app.example.com,http://localhost:*,http://127.0.0.1:*",
      },
      d1Databases: { MIGRATED_CONTROL: "migrated-control", MIGRATED_CELL: "migrated-cell" },
      // A small budget, swapped in for TENANT_API_LIMITER to test the per-tenant limit quickly.
      ratelimits: {
        STRICT_TEST_LIMITER: { namespace_id: "9001", simple: { limit: 5, period: 60 } },
      },
    },
  });

/**
 * Files that move the clock (fake timers): ids made after them in the same runtime would carry
 * their time, since the Worker's id generator never goes back. Each runs in a runtime of its own.
 */
const OWN_RUNTIME = readdirSync("test", { recursive: true, encoding: "utf8" })
  .map((file) => `test/${file}`)
  .filter((file) => file.endsWith(".test.ts") && !file.endsWith(".node.test.ts"))
  .filter((file) => /\b(useFakeTimers|setSystemTime)\(/.test(readFileSync(file, "utf8")))
  .sort();

export default defineConfig(async () => ({
  test: {
    // The worker's request log is noise for passing tests; it is kept for failing ones.
    silent: "passed-only" as const,
    // Every core: Vitest's default leaves one free, which on a 2-core machine runs one file at a
    // time. Both projects share these workers.
    maxWorkers: availableParallelism(),
    // The longest files first, from a fresh clone too, so that both cores stay busy to the end.
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        plugins: [workersRuntime()],
        test: {
          name: "workers",
          ...TIMEOUTS,
          include: ["test/**/*.test.ts"],
          exclude: [NODE_TESTS, ...OWN_RUNTIME],
          setupFiles: ["./test/setup/apply-schema.ts"],
          // A runtime per worker, not per file: starting one and loading the Worker's modules in it
          // cost each file more than most of its tests. test/setup/apply-schema.ts empties every
          // store before each file, so files still start from empty databases and buckets.
          isolate: false,
        },
      },
      {
        plugins: [workersRuntime()],
        test: {
          name: "workers-own-runtime",
          ...TIMEOUTS,
          include: OWN_RUNTIME.length > 0 ? OWN_RUNTIME : ["no-such-file"],
          setupFiles: ["./test/setup/apply-schema.ts"],
        },
      },
      {
        test: {
          name: "node",
          include: [NODE_TESTS],
          environment: "node",
          // One at a time: several of them start a local API (wrangler dev) or a browser, and two
          // at once on this machine starved the console journey's deletion of its webhook
          // deliveries (the farewell then waits on their retries).
          fileParallelism: false,
          ...TIMEOUTS,
        },
      },
    ],
  },
}));
