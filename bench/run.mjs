// `npm run bench`: the API side by side with a Worker that does nothing, in one run on this
// machine, so figures are read as ratios to the runtime's own limit. Starts both servers from
// a fresh temporary state (the developer's .dev.vars and .wrangler/state are left alone), seeds
// tenants through the API, drives every scenario at fixed concurrency, prints a table and the
// bundle size, and writes bench/results.json.
//   npm run bench -- [--connections 10] [--seconds 5] [--port 8830]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freshDevVars } from "../scripts/dev-vars.mjs";
import { bundleSize } from "./lib/bundle.mjs";
import { drive } from "./lib/load.mjs";
import { printBundle, printTable, withRatios } from "./lib/report.mjs";
import { seedTenants } from "./lib/seed.mjs";
import { startServer } from "./lib/server.mjs";
import { scenarios } from "./scenarios.mjs";

const BUNDLE_GOAL_KB = 150;
const WARMUP_SECONDS = 1;
const ACTIVITY_ENTRIES_PER_TENANT = 25;

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "10" },
    seconds: { type: "string", default: "5" },
    port: { type: "string", default: "8830" },
  },
});
const load = { connections: Number(values.connections), seconds: Number(values.seconds) };
const port = Number(values.port);
const root = new URL("..", import.meta.url).pathname;
process.chdir(root);

const work = mkdtempSync(join(tmpdir(), "tenant-api-bench-"));
const servers = [];
try {
  console.log("Building the bundle…");
  const bundle = bundleSize(join(work, "bundle"));

  console.log("Starting the baseline Worker and the API…");
  const envFile = join(work, ".dev.vars");
  writeFileSync(envFile, freshDevVars(), { mode: 0o600 });
  const started = await Promise.allSettled([
    // Exactly `npm start`, pointed at the temporary state and secrets.
    startServer({
      name: "API",
      command: process.execPath,
      args: [
        "scripts/start.mjs",
        ...devArgs(port),
        ...["--persist-to", join(work, "state"), "--env-file", envFile],
      ],
      url: `http://127.0.0.1:${port}/openapi.json`,
      logFile: join(work, "api.log"),
    }),
    startServer({
      name: "baseline Worker",
      command: "wrangler",
      args: ["dev", "--config", "bench/baseline/wrangler.toml", ...devArgs(port + 2)],
      url: `http://127.0.0.1:${port + 2}/`,
      logFile: join(work, "baseline.log"),
    }),
  ]);
  for (const s of started) if (s.status === "fulfilled") servers.push(s.value);
  const failed = started.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  const [api, baseline] = servers;
  const urls = { api: api.url, baseline: baseline.url };

  console.log(`Seeding ${load.connections} tenants…`);
  const tenants = await seedTenants(urls.api, {
    count: load.connections,
    updates: ACTIVITY_ENTRIES_PER_TENANT,
  });

  const results = [];
  for (const scenario of scenarios) {
    console.log(`Driving ${scenario.name}…`);
    const base = new URL("/", urls[scenario.server]).href;
    await drive(base, scenario, { ...load, seconds: WARMUP_SECONDS, tenants });
    const figures = await drive(base, scenario, { ...load, tenants });
    results.push({ name: scenario.name, server: scenario.server, goal: scenario.goal, ...figures });
  }

  const rows = withRatios(results);
  printTable(rows, load);
  printBundle(bundle, BUNDLE_GOAL_KB);
  writeFileSync(
    join(root, "bench/results.json"),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: availableParallelism(), node: process.version },
        load,
        scenarios: rows,
        bundle: { ...bundle, goalGzipKb: BUNDLE_GOAL_KB },
      },
      null,
      2,
    )}\n`,
  );
  console.log("\nWrote bench/results.json");
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
}

/** `wrangler dev` on 127.0.0.1:port, its inspector on the next port so runs never collide. */
function devArgs(port) {
  return ["--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(port + 1)];
}
