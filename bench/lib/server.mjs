import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const READY_TIMEOUT_MS = 90_000;

/**
 * Starts a local server process (in its own process group, output to `logFile`) and resolves
 * once `url` answers. `stop()` ends the whole group: wrangler, workerd and what they started.
 */
export async function startServer({ name, command, args, url, logFile, env = {} }) {
  const log = openSync(logFile, "a");
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...env },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, "SIGTERM");
    const timeout = sleep(5000).then(() => "timeout");
    if ((await Promise.race([exited, timeout])) === "timeout") process.kill(-child.pid, "SIGKILL");
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      await sleep(250);
    }
  }
  await stop();
  throw new Error(`${name} did not start; its output:\n${readFileSync(logFile, "utf8")}`);
}
