// `npm start`: a local API with nothing else to set up.
// Creates .dev.vars with fresh secrets when missing, puts the static assets in place, applies
// migrations to every local D1 (the control plane and each cell, each with its own migrations, all
// in one runtime: scripts/local-migrations.mjs), then serves the worker with `wrangler dev` (local
// D1, R2 and Queues).
// Arguments go to `wrangler dev`; `--persist-to <dir>` also picks where the migrations are
// applied, and with `--env-file <file>` no .dev.vars is read or written (the benchmark uses both).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { copyAssets } from "./copy-assets.mjs";
import { completedDevVars, freshDevVars } from "./dev-vars.mjs";
import { applyLocalMigrations } from "./local-migrations.mjs";

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

// Independent of each other: the assets are files for `wrangler dev`, the migrations its databases.
const [, applied] = await Promise.all([
  copyAssets(),
  applyLocalMigrations({ persistTo: option("--persist-to") }),
]);
for (const [binding, names] of Object.entries(applied)) {
  if (names.length > 0) console.log(`Applied ${names.length} migrations to ${binding}`);
}

const dev = spawn("wrangler", ["dev", ...args], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
