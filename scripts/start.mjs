// `npm start`: a local API with nothing else to set up.
// Creates .dev.vars with fresh secrets when missing, puts the static assets in place, applies
// migrations to every local D1 (the control plane and each cell, each with its own migrations),
// then serves the worker with `wrangler dev` (local D1, R2 and Queues).
// Arguments go to `wrangler dev`; `--persist-to <dir>` also picks where the migrations are
// applied, and with `--env-file <file>` no .dev.vars is read or written (the benchmark uses both).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { copyAssets } from "./copy-assets.mjs";
import { d1Databases } from "./d1-bindings.mjs";
import { completedDevVars, freshDevVars } from "./dev-vars.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

if (!option("--env-file") && !existsSync(".dev.vars")) {
  writeFileSync(".dev.vars", freshDevVars(), { mode: 0o600 });
  console.log("Created .dev.vars with fresh secrets (scripts/dev-vars.mjs)");
} else if (!option("--env-file")) {
  const { text, added } = completedDevVars(readFileSync(".dev.vars", "utf8"));
  if (added.length > 0) {
    writeFileSync(".dev.vars", text, { mode: 0o600 });
    console.log(`Added ${added.join(", ")} to .dev.vars`);
  }
}

await copyAssets();

const persistTo = option("--persist-to");
for (const { binding } of d1Databases()) {
  const migrate = spawnSync(
    "wrangler",
    [
      "d1",
      "migrations",
      "apply",
      binding,
      "--local",
      ...(persistTo ? ["--persist-to", persistTo] : []),
    ],
    { stdio: "inherit", env: { ...process.env, CI: "true" } },
  );
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);
}

const dev = spawn("wrangler", ["dev", ...args], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
