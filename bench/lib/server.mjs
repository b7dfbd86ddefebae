import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { writeBaselineConfig } from "./baseline-config.mjs";
import { groupCpuMs } from "./cpu.mjs";

const READY_TIMEOUT_MS = 90_000;

/**
 * The environment of every server the benchmark starts: `env` with wrangler's usage metrics and
 * its local trace collector off. That collector (the local explorer's traces, on by default)
 * streams every span of every request, each D1 statement with its SQL text, to a Worker of its own
 * in the same runtime, which writes them to disk: a cost of the development server that grows
 * with the length of a route's statements, and that no deployed Worker's CPU time includes.
 */
export const serverEnvironment = (env) => ({
  ...env,
  WRANGLER_SEND_METRICS: "false",
  X_LOCAL_OBSERVABILITY: "false",
});

/**
 * Starts a local server process in its own process group, its output to `logFile`. `ready`
 * resolves once `url` answers; `origin` is where to send requests; `cpuMs()` is the CPU time the
 * whole group (wrangler, workerd and what they started) has used so far; `stop()` ends the group.
 */
export function startServer({ name, command, args, url, logFile }) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", openSync(logFile, "a"), openSync(logFile, "a")],
    env: serverEnvironment(process.env),
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // the group is gone already
    }
  };
  const stop = async () => {
    if (!signalGroup("SIGTERM")) return;
    const timeout = sleep(5000).then(() => "timeout");
    if ((await Promise.race([exited, timeout])) === "timeout") signalGroup("SIGKILL");
  };

  const ready = (async () => {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await answers(url)) return;
      await sleep(250);
    }
    await stop();
    throw new Error(`${name} did not start; its output:\n${readFileSync(logFile, "utf8")}`);
  })();
  return { origin: new URL(url).origin, ready, cpuMs: () => groupCpuMs(child.pid), stop };
}

/** True when something answers at `url`: checked before starting, so a port taken is noticed. */
export const answers = (url) =>
  fetch(url).then(
    () => true,
    () => false,
  );

/**
 * The API as `npm start` runs it, in the environment of every server here (`serverEnvironment`),
 * on the run's temporary state and secrets in `work`; `args` go to `wrangler dev` (its address,
 * ports and build options).
 */
export const startApi = ({ work, envFile, args, url }) =>
  startServer({
    name: "API",
    command: process.execPath,
    args: [
      "scripts/start.mjs",
      ...args,
      ...["--persist-to", join(work, "state"), "--env-file", envFile],
    ],
    url,
    logFile: join(work, "api.log"),
  });

/**
 * The yardsticks (bench/baseline/) in the API's own configuration, its static assets too: start
 * them once the API is up, which puts those assets in place.
 */
export const startBaseline = ({ work, args, url }) =>
  startServer({
    name: "baseline Worker",
    command: "wrangler",
    args: [
      "dev",
      "--config",
      writeBaselineConfig(work),
      ...args,
      ...["--persist-to", join(work, "baseline-state")],
    ],
    url,
    logFile: join(work, "baseline.log"),
  });
