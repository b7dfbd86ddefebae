// `npm run bench:profile`: where the Worker's own CPU goes under the benchmark's load. Starts the
// API as `npm start` does (fresh temporary state and secrets, unminified so functions keep their
// names), seeds tenants as the benchmark does, then for each route drives it with autocannon while
// the Worker's V8 profiler samples it over the inspector (Chrome DevTools Protocol), saves each
// profile as a .cpuprofile (open it in Chrome's DevTools) and prints the self time by function and
// by module (the source file of the bundle each sample's line falls in). The routes' floors (the
// baseline Worker's yardsticks, bench/baseline/) are profiled first the same way: what the
// runtime's part of a route costs, against which a route's own time stands out. The sampler keeps
// wall time: on a busy machine the ms are inflated alike for all; compare shares and the floors.
//   npm run bench:profile -- [--seconds 5] [--connections 10] [--port 8850] [--top 25]
//                            [--out /tmp/tenant-api-profiles] [--only get,put,start]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freshDevVars } from "../scripts/dev-vars.mjs";
import { drive } from "./lib/load.mjs";
import { connectInspector, selfTime } from "./lib/profiler.mjs";
import { seedTenants } from "./lib/seed.mjs";
import { answers, startApi, startBaseline } from "./lib/server.mjs";
import { scenarios } from "./scenarios.mjs";

const PROFILED = {
  get: "GET /v1/tenants/{id}",
  put: "PUT /v1/tenants/{id} with a secret",
  start: "POST /v1/tenants/{id}/calls (admission)",
};

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "8850" },
    top: { type: "string", default: "25" },
    out: { type: "string", default: join(tmpdir(), "tenant-api-profiles") },
    only: { type: "string", default: Object.keys(PROFILED).join(",") },
  },
});
const port = Number(values.port);
const connections = Number(values.connections);
const top = Number(values.top);
const chosen = values.only.split(",").map((key) => {
  const scenario = scenarios.find((s) => s.name === PROFILED[key]);
  if (!scenario) throw new Error(`--only: ${key} is none of ${Object.keys(PROFILED).join(", ")}`);
  return { key, scenario };
});
process.chdir(new URL("..", import.meta.url).pathname);
mkdirSync(values.out, { recursive: true });

const work = mkdtempSync(join(tmpdir(), "tenant-api-profile-"));
const apiUrl = `http://127.0.0.1:${port}/openapi.json`;
const baselineUrl = `http://127.0.0.1:${port + 2}/`;
for (const url of [apiUrl, baselineUrl]) {
  if (await answers(url)) throw new Error(`${url} is taken: pick another --port`);
}
const envFile = join(work, ".dev.vars");
writeFileSync(envFile, freshDevVars(), { mode: 0o600 });
// Unminified, so the profile names functions and the bundle names its modules.
const devArgs = (at) => [
  ...["--ip", "127.0.0.1", "--port", String(at), "--inspector-port", String(at + 1)],
  ...["--minify", "false"],
];
const api = startApi({ work, envFile, args: devArgs(port), url: apiUrl });
const servers = { api };
const floors = [...new Set(chosen.map(({ scenario }) => scenario.floor))].map((name) => ({
  key: floorKey(name),
  scenario: scenarios.find((s) => s.name === name),
}));
const inspectors = {};
try {
  await api.ready;
  // The yardsticks, profiled under their own load: what the runtime's part of a route costs the
  // isolate, to set the route's own time against.
  servers.baseline = startBaseline({ work, args: devArgs(port + 2), url: baselineUrl });
  await servers.baseline.ready;
  console.log(`Seeding ${connections} tenants, half in each cell…`);
  const tenants = await seedTenants(api.origin, {
    count: connections,
    updates: 0,
    regions: ["us", "eu"],
  });
  inspectors.api = await connectInspector(`127.0.0.1:${port + 1}`);
  inspectors.baseline = await connectInspector(`127.0.0.1:${port + 3}`);
  for (const { key, scenario } of [...floors, ...chosen]) {
    const server = servers[scenario.server];
    const inspector = inspectors[scenario.server];
    const options = { connections, tenants };
    // Warm: the isolate's first requests compile what later ones reuse.
    await drive(server.origin, scenario, { ...options, seconds: 1 });
    await scenario.afterRun?.(server.origin);
    const cpuBefore = server.cpuMs();
    const profile = await inspector.profile(() =>
      drive(server.origin, scenario, { ...options, seconds: Number(values.seconds) }),
    );
    const driven = profile.result;
    const groupCpuMs = server.cpuMs() - cpuBefore;
    await scenario.afterRun?.(server.origin);
    const file = join(values.out, `${key}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile.profile));
    const sources = await inspector.sources(profile.profile);
    const { total, idle, byFunction, byModule } = selfTime(profile.profile, sources);
    const perRequest = (ms) => (ms / driven.requests).toFixed(3);
    console.log(
      `\n${scenario.name}: ${driven.requests} requests, ${driven.requestsPerSecond.toFixed(0)}/s;` +
        ` the Worker's isolate busy ${perRequest(total - idle)} ms a request` +
        ` (all server processes: ${perRequest(groupCpuMs)} ms); ${file}`,
    );
    printTop("module", byModule, total - idle, driven.requests);
    printTop("function", byFunction, total - idle, driven.requests);
  }
} finally {
  for (const inspector of Object.values(inspectors)) inspector.close();
  await Promise.all(Object.values(servers).map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
}

/** "read-floor", "write-floor": the file name of a yardstick's profile. */
function floorKey(name) {
  return name.includes("write") ? "write-floor" : "read-floor";
}

function printTop(what, rows, busy, requests) {
  console.log(`\n  self time by ${what} (ms a request, % of the isolate's busy time)`);
  for (const { name, ms } of rows.slice(0, top)) {
    const share = ((100 * ms) / busy).toFixed(1).padStart(5);
    console.log(`  ${(ms / requests).toFixed(3).padStart(7)}  ${share} %  ${name}`);
  }
}
