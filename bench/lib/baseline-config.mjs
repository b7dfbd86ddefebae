import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, stringify } from "smol-toml";

/** The yardsticks' script: bench/baseline/worker.js. */
const BASELINE_MAIN = "bench/baseline/worker.js";

// A budget no run reaches, for the yardsticks' rate-limit step (the API's own limiters are sized
// for clients, and one key for every request would pass them).
const BASELINE_LIMITER = {
  name: "LIMITER",
  namespace_id: "2001",
  simple: { limit: 1_000_000, period: 60 },
};

/**
 * Writes the yardsticks' Worker configuration into `dir` and returns its path: the API's own
 * wrangler.toml with only its name and script replaced. So the yardsticks run in the API's
 * environment: every request routed through the static-assets router first (`run_worker_first`),
 * the same queues and their consumers, triggers, bindings and compatibility settings. Each costs
 * every request the runtime's work, which is no part of what a route adds: measured apart, the
 * assets router alone is about 0.5 ms of CPU a request here. Paths are made absolute, as the file
 * is written elsewhere. The yardsticks' D1 steps run on the API's cell bindings, in a state of
 * their own (`--persist-to`), and their rate limit on `LIMITER`.
 */
export function writeBaselineConfig(dir, root = process.cwd()) {
  const api = parse(readFileSync(join(root, "wrangler.toml"), "utf8"));
  const absolute = (path) => resolve(root, path);
  const config = {
    ...api,
    name: "bench-baseline",
    main: absolute(BASELINE_MAIN),
    // The deployed Worker's settings for its upload; nothing the runtime does per request.
    alias: undefined,
    upload_source_maps: undefined,
    assets: api.assets && { ...api.assets, directory: absolute(api.assets.directory) },
    d1_databases: api.d1_databases?.map((database) => ({
      ...database,
      ...(database.migrations_dir && { migrations_dir: absolute(database.migrations_dir) }),
    })),
    ratelimits: [...(api.ratelimits ?? []), BASELINE_LIMITER],
  };
  const file = join(dir, "baseline.wrangler.toml");
  writeFileSync(file, stringify(JSON.parse(JSON.stringify(config))));
  return file;
}
