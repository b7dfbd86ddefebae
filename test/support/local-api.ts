/// <reference types="node" />
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { freshDevVars } from "../../scripts/dev-vars.mjs";
import { freePorts } from "./ports";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export type LocalApi = { origin: string; stop: () => Promise<void> };

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (res) => res.ok,
    () => false,
  );

/** Ends the process group: wrangler, workerd and whatever else `npm start` started. */
async function stopGroup(child: ChildProcess, exited: Promise<unknown>) {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
      return true;
    } catch {
      return false; // the group is gone already
    }
  };
  if (!signal("SIGTERM")) return;
  if ((await Promise.race([exited, sleep(5000, "timeout")])) === "timeout") signal("SIGKILL");
}

/**
 * The API as `npm start` runs it, but on free ports and from a temporary state directory with
 * fresh secrets, so the developer's `.dev.vars` and `.wrangler/state` are not touched. Resolves
 * once `/openapi.json` answers; rejects with the server's output if it does not within `readyMs`.
 * `devArgs` go to `wrangler dev` too: a built Worker instead of src/, say.
 */
export async function startLocalApi({
  readyMs,
  devArgs = [],
}: {
  readyMs: number;
  devArgs?: string[];
}): Promise<LocalApi> {
  const work = mkdtempSync(join(tmpdir(), "tenant-api-local-"));
  const envFile = join(work, ".dev.vars");
  writeFileSync(envFile, freshDevVars(), { mode: 0o600 });
  const logFile = join(work, "server.log");
  const [port, inspectorPort] = await freePorts(2);
  const origin = `http://127.0.0.1:${port}`;

  const child = spawn(
    process.execPath,
    [
      "scripts/start.mjs",
      // First: `--env-file` takes every value that follows it, a script's path too.
      ...devArgs,
      ...["--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort)],
      ...["--persist-to", join(work, "state"), "--env-file", envFile],
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", openSync(logFile, "a"), openSync(logFile, "a")],
      env: {
        ...process.env,
        PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH}`,
        WRANGLER_SEND_METRICS: "false",
        // A registry of its own: local Workers of the same name find each other through the
        // shared one, so two local APIs started at once by different test files could take
        // each other's queue messages and bindings.
        WRANGLER_REGISTRY_PATH: join(work, "registry"),
      },
    },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    await stopGroup(child, exited);
    rmSync(work, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    if (await answers(`${origin}/openapi.json`)) return { origin, stop };
    await sleep(250);
  }
  const output = readFileSync(logFile, "utf8");
  await stop();
  throw new Error(`the local API did not answer within ${readyMs} ms; its output:\n${output}`);
}
