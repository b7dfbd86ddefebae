// `npm start`: a local API with nothing else to set up.
// Creates .dev.vars with fresh secrets when missing, applies migrations to the local D1,
// then serves the worker with `wrangler dev` (local D1, R2 and Queues).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";

if (!existsSync(".dev.vars")) {
  const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`;
  writeFileSync(
    ".dev.vars",
    [
      `JWT_SECRET=${randomBytes(32).toString("hex")}`,
      `ENCRYPTION_KEYS=${kid}:${randomBytes(32).toString("base64")}`,
      "ENVIRONMENT=development",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  console.log("Created .dev.vars with a random JWT_SECRET and ENCRYPTION_KEYS");
}

const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local"], {
  stdio: "inherit",
  env: { ...process.env, CI: "true" },
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const dev = spawn("wrangler", ["dev", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
