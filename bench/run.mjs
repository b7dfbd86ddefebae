// `npm run bench`: the API side by side with a Worker that does nothing (and yardsticks doing only
// the runtime's part of a route), in one run on this machine, so figures are read as ratios to
// the runtime's own limit. Starts the servers from a fresh temporary state (the developer's
// .dev.vars and .wrangler/state are left alone), seeds tenants through the API, drives every
// scenario at fixed concurrency, then measures storage (D1 bytes per call, R2 bytes per archived
// call, a tenant's D1 after --steady-days of traffic archived) and cascade deletes of tenants of
// each size in --delete-rows against plain DELETE statements, prints the tables and the bundle
// size, and writes bench/results.json. Ports: --port to --port+5.
//   npm run bench -- [--short] [--connections 10] [--seconds 2] [--rounds 5] [--port 8830]
//                    [--delete-rows 1000,10000,100000] [--delete-objects 2000]
//                    [--history-calls 105120] [--month-calls 100000]
//                    [--bytes-calls 500] [--steady-calls-per-day 100] [--steady-days 395]
//                    [--only <part of a scenario's name>]…
// `--only` (repeatable) drives only the scenarios whose names contain one of the given texts,
// with the yardsticks they are compared with, and nothing else: no storage, cascade-delete or
// console section, and bench/results.json is left as it was.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freshDevVars } from "../scripts/dev-vars.mjs";
import { measureConsole, printConsole } from "./console.mjs";
import { send } from "./lib/api.mjs";
import { bundleSize } from "./lib/bundle.mjs";
import { linearity, measureDeletions } from "./lib/deletion.mjs";
import { seedCallHistory } from "./lib/history.mjs";
import { drive } from "./lib/load.mjs";
import {
  printArchivedBytes,
  printBundle,
  printCallBytes,
  printDeletions,
  printSteadyHistory,
  printTable,
  summarize,
} from "./lib/report.mjs";
import { seedSubaccounts, seedTenants } from "./lib/seed.mjs";
import { answers, startApi, startBaseline, startServer } from "./lib/server.mjs";
import {
  measureArchivedBytes,
  measureCallBytes,
  measureSteadyHistory,
  seedCallMonth,
} from "./lib/storage.mjs";
import {
  scenarios as allScenarios,
  busyMonthStart,
  callHistory,
  callMonth,
  subaccountOf,
  withTheirFloors,
} from "./scenarios.mjs";

const BUNDLE_GOAL_KB = 150;
const WARMUP_SECONDS = 1;
const ACTIVITY_ENTRIES_PER_TENANT = 25;
// Time per row at the largest deletion size over the next one.
const DELETE_LINEARITY_GOAL = 1.3;

/** The full run's figures (about five minutes on a quiet machine) and the short run's. */
const DEFAULTS = {
  connections: "10",
  seconds: "2",
  rounds: "5",
  port: "8830",
  "delete-rows": "1000,10000,100000",
  "delete-objects": "2000",
  // A call every 5 minutes for a year.
  "history-calls": "105120",
  // Ended calls this month of the tenant that call start is measured on against a fresh one.
  "month-calls": "100000",
  // Calls made through the API for D1 bytes per call, then archived for R2 bytes per call:
  // 500 fill a part of entries and one of deliveries (1000 rows each). 0: no storage section.
  "bytes-calls": "500",
  // The steady history: about one call a 15-minute slot, for 13 months.
  "steady-calls-per-day": "100",
  "steady-days": "395",
};
// `--short`: every section run once on little data, in a minute or two: it proves the benchmark
// still runs (CI runs it after the tests); its ratios are printed, not judged.
const SHORT = {
  ...DEFAULTS,
  connections: "4",
  seconds: "1",
  rounds: "1",
  "delete-rows": "500,1000",
  "delete-objects": "20",
  "history-calls": "2000",
  "month-calls": "1000",
  "bytes-calls": "20",
  "steady-calls-per-day": "2",
  "steady-days": "35",
};

const { values: given } = parseArgs({
  options: {
    short: { type: "boolean", default: false },
    only: { type: "string", multiple: true },
    ...Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: "string" }])),
  },
});
const short = given.short;
const only = given.only ?? null;
const scenarios = only ? withTheirFloors(only) : allScenarios;
const needsHistory = scenarios.some((s) => s.uses === "history");
const needsMonth = scenarios.some((s) => s.uses === "month");
const values = { ...(short ? SHORT : DEFAULTS), ...given };
const load = {
  connections: Number(values.connections),
  seconds: Number(values.seconds),
  rounds: Number(values.rounds),
};
const deletion = {
  sizes: values["delete-rows"].split(",").filter(Boolean).map(Number),
  objects: Number(values["delete-objects"]),
};
const storage = {
  bytesCalls: Number(values["bytes-calls"]),
  perDay: Number(values["steady-calls-per-day"]),
  days: Number(values["steady-days"]),
};
callMonth.calls = Number(values["month-calls"]);
const port = Number(values.port);
const root = new URL("..", import.meta.url).pathname;
process.chdir(root);

const work = mkdtempSync(join(tmpdir(), "tenant-api-bench-"));
const servers = [];
const cleanUp = async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
};
// The servers run in process groups of their own, so an interrupted run stops them itself.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}
try {
  console.log("Building the bundle…");
  const bundle = bundleSize(join(work, "bundle"));

  console.log("Starting the baseline Worker and the API…");
  const envFile = join(work, ".dev.vars");
  writeFileSync(envFile, freshDevVars(), { mode: 0o600 });
  const apiUrl = `http://127.0.0.1:${port}/openapi.json`;
  const baselineUrl = `http://127.0.0.1:${port + 2}/`;
  const seederUrl = `http://127.0.0.1:${port + 4}/`;
  for (const url of [apiUrl, baselineUrl, seederUrl]) {
    if (await answers(url)) throw new Error(`${url} is taken: pick other ports with --port`);
  }
  // As `npm start` runs it (bench/lib/server.mjs), pointed at the temporary state and secrets.
  const api = startApi({ work, envFile, args: devArgs(port), url: apiUrl });
  servers.push(api);
  await api.ready;
  const baseline = startBaseline({ work, args: devArgs(port + 2), url: baselineUrl });
  // Idle until the cascade-delete section: bound to the API's own local D1 and R2, so it starts
  // once the API is up: two runtimes opening that state at once (the API's migrations and the
  // seeder's start) can find its SQLite files locked.
  const seeder = startServer({
    name: "seeder Worker",
    command: "wrangler",
    args: [
      ...["dev", "--config", "bench/seeder/wrangler.toml", ...devArgs(port + 4)],
      ...["--persist-to", join(work, "state")],
    ],
    url: seederUrl,
    logFile: join(work, "seeder.log"),
  });
  servers.push(baseline, seeder);
  await Promise.all([api.ready, baseline.ready, seeder.ready]);
  const byName = { api, baseline };

  console.log(`Seeding ${load.connections} tenants, half in each cell…`);
  const tenants = await seedTenants(api.origin, {
    count: load.connections,
    updates: ACTIVITY_ENTRIES_PER_TENANT,
    regions: ["us", "eu"],
  });

  console.log(`Seeding a sub-account for each, under parents of their own…`);
  for (const [id, sub] of await seedSubaccounts(api.origin, tenants)) subaccountOf.set(id, sub);

  // Before any call starts: the history's rollups are built by the backfill migration, which
  // fills an empty table.
  let history = null;
  if (needsHistory) {
    console.log(`Seeding a year of call history (${values["history-calls"]} calls)…`);
    history = await seedCallHistory({
      apiOrigin: api.origin,
      seederOrigin: seeder.origin,
      calls: Number(values["history-calls"]),
      root,
    });
    Object.assign(callHistory, history);
    await checkHistory(api.origin, history);
  }

  let month = null;
  if (needsMonth) {
    console.log(`Seeding ${callMonth.calls} calls this month for call start…`);
    month = await seedCallMonth({
      apiOrigin: api.origin,
      seederOrigin: seeder.origin,
      calls: callMonth.calls,
    });
    Object.assign(callMonth, month);
  }

  const options = { connections: load.connections, tenants };
  for (const scenario of scenarios) {
    const { origin } = byName[scenario.server];
    await drive(origin, scenario, { ...options, seconds: WARMUP_SECONDS });
    await scenario.afterRun?.(origin);
  }
  // Rounds, each driving every scenario in turn, so a change in the machine's load during the
  // run weighs on the baseline as much as on the routes compared with it.
  const rounds = [];
  for (let round = 1; round <= load.rounds; round++) {
    console.log(`Round ${round} of ${load.rounds}…`);
    const figures = [];
    for (const scenario of scenarios) {
      const server = byName[scenario.server];
      const cpuBefore = server.cpuMs();
      const driven = await drive(server.origin, scenario, { ...options, seconds: load.seconds });
      const cpuMs = cpuBefore === null ? null : server.cpuMs() - cpuBefore;
      figures.push({ ...driven, cpuMsPerRequest: cpuMs === null ? null : cpuMs / driven.requests });
      await scenario.afterRun?.(server.origin);
    }
    rounds.push(figures);
  }

  const rows = summarize(scenarios, rounds);
  await baseline.stop();
  if (only) {
    printTable(rows, load, !short);
    printBundle(bundle, BUNDLE_GOAL_KB);
    console.log("\n--only: bench/results.json left as it was");
    await cleanUp();
    process.exit(0);
  }

  const stored = storage.bytesCalls > 0 ? await measureStorage(api, seeder) : null;

  let deletions = [];
  if (deletion.sizes.length > 0) {
    console.log(`Cascade deletes of ${deletion.sizes.join(", ")} rows…`);
    deletions = await measureDeletions({
      apiOrigin: api.origin,
      seederOrigin: seeder.origin,
      ...deletion,
    });
  }
  const deleteLinearity = linearity(deletions, DELETE_LINEARITY_GOAL);
  console.log("The console in Chromium…");
  const consoleBudgets = await measureConsole({ origin: api.origin });

  const judged = !short;
  printTable(rows, load, judged);
  const callMonthRow = rows[scenarios.indexOf(busyMonthStart)];
  if (stored) {
    printCallBytes(stored.callBytes);
    printArchivedBytes(stored.archivedBytes);
    printSteadyHistory(stored.steady);
  }
  if (deletions.length > 0) printDeletions(deletions, deleteLinearity, judged);
  printBundle(bundle, BUNDLE_GOAL_KB);
  printConsole(consoleBudgets);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), node: process.version },
    load,
    short,
    scenarios: rows,
    callHistory: { calls: history.calls, rollups: history.rollups, seedMs: history.ms },
    callMonth: {
      calls: month.calls,
      month: month.month,
      seedMs: month.ms,
      ofFresh: callMonthRow.ratioToFloor,
      goal: callMonthRow.floorGoal,
      met: callMonthRow.meetsFloorGoal,
    },
    storage: stored && {
      callBytes: { ...stored.callBytes, tenant: undefined },
      archivedBytes: stored.archivedBytes,
      steadyHistory: stored.steady,
    },
    deletion: {
      objectsPerTenant: deletion.objects,
      sizes: deletions,
      linearity: deleteLinearity,
    },
    bundle: { ...bundle, goalGzipKb: BUNDLE_GOAL_KB },
    console: consoleBudgets,
  };
  // A short run's figures are too small to keep: it leaves the last full run's.
  if (short) console.log("\nShort run: bench/results.json left as it was");
  else {
    writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nWrote bench/results.json");
  }
} finally {
  await cleanUp();
}

/**
 * The storage sections, once the load is over and nothing else writes: D1 bytes per call made
 * through the API; a steady history of copies of one of those calls, archived down to its window;
 * then those calls themselves aged and archived, for R2 bytes per call. Every archive run is at
 * the same scheduled time, so the history's window stays where it was measured.
 */
async function measureStorage(api, seeder) {
  const origins = { apiOrigin: api.origin, seederOrigin: seeder.origin, root };
  console.log(`D1 bytes per call: ${storage.bytesCalls} calls through the API…`);
  const callBytes = await measureCallBytes({ ...origins, calls: storage.bytesCalls });
  const at = Date.now();
  console.log(`A steady history: ${storage.perDay} calls a day for ${storage.days} days…`);
  const steady = await measureSteadyHistory({
    ...origins,
    template: callBytes.tenant,
    perDay: storage.perDay,
    days: storage.days,
    now: at,
  });
  console.log("R2 bytes per archived call…");
  const archivedBytes = await measureArchivedBytes({
    ...origins,
    tenant: callBytes.tenant,
    calls: storage.bytesCalls,
    at,
  });
  return { callBytes, archivedBytes, steady };
}

/** The history tenant's year answers every seeded call: the rollups hold them all. */
async function checkHistory(origin, { history, calls, rollups, ms }) {
  const path = `/v1/tenants/${history.id}/analytics/calls?interval=month&from=${new Date(
    Date.now() - 370 * 24 * 3600 * 1000,
  )
    .toISOString()
    .slice(0, 10)}`;
  const answer = await send(origin, "GET", path, { token: history.token });
  if (answer.totals.calls !== calls || answer.totals.completed_calls !== calls) {
    throw new Error(`the history answers ${answer.totals.calls} calls, not ${calls}`);
  }
  console.log(`  ${calls} calls, ${rollups} rollup rows, seeded in ${(ms / 1000).toFixed(1)} s`);
}

/** `wrangler dev` on 127.0.0.1:port, its inspector on the next port so runs never collide. */
function devArgs(port) {
  return ["--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(port + 1)];
}
