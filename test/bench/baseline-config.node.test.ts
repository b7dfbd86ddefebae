import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import { afterAll, describe, expect, it } from "vitest";
import { writeBaselineConfig } from "../../bench/lib/baseline-config.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "baseline-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Config = Record<string, unknown> & {
  assets: { directory: string; run_worker_first: string[]; binding: string };
  ratelimits: { name: string }[];
};
const read = (path: string) => parse(readFileSync(path, "utf8")) as Config;

describe("the yardsticks' configuration", () => {
  const api = read(join(ROOT, "wrangler.toml"));
  const baseline = read(writeBaselineConfig(dir, ROOT));

  it("is the API's, but its name and script", () => {
    expect(baseline.name).toBe("bench-baseline");
    expect(baseline.main).toBe(join(ROOT, "bench/baseline/worker.js"));
    for (const key of [
      "compatibility_date",
      "compatibility_flags",
      "minify",
      "d1_databases",
      "r2_buckets",
      "queues",
      "triggers",
      "vars",
    ]) {
      expect.soft(JSON.stringify(baseline[key]), key).toBe(
        JSON.stringify(
          key === "d1_databases"
            ? (api[key] as { migrations_dir?: string }[]).map((database) => ({
                ...database,
                migrations_dir: database.migrations_dir && join(ROOT, database.migrations_dir),
              }))
            : api[key],
        ),
      );
    }
  });

  it("routes every request through the API's static assets first", () => {
    expect(baseline.assets).toEqual({ ...api.assets, directory: join(ROOT, "public") });
  });

  it("has the API's rate limiters and a budget of its own no run reaches", () => {
    expect(baseline.ratelimits.map(({ name }) => name)).toEqual([
      ...api.ratelimits.map(({ name }) => name),
      "LIMITER",
    ]);
  });
});
