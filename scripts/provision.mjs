// `npm run provision`: creates, in the Cloudflare account wrangler is logged in to, what
// wrangler.toml names and the account lacks: the control plane's and every cell's D1 database
// (a cell of an EU region in the EU jurisdiction), each region's R2 bucket (likewise), every
// queue and dead-letter queue, and the Worker's secrets with generated values; then applies each
// database's migrations. Idempotent: what exists is left as it is. With --dry-run it only looks,
// and prints the wrangler commands it would run.
//   npm run provision -- [--dry-run]
// WRANGLER names the wrangler to run (default: the project's own).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse } from "smol-toml";
import { REGIONS } from "../src/cells/regions.ts";
import { auditSigningKey } from "./dev-vars.mjs";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const dryRun = values["dry-run"];
const WRANGLER = process.env.WRANGLER ?? "wrangler";
const CONFIG = "wrangler.toml";

/** Runs wrangler; its exit status and output. */
function wrangler(args, input) {
  const run = spawnSync(WRANGLER, args, {
    encoding: "utf8",
    input,
    env: { ...process.env, CI: "true" },
  });
  return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

const quoteArg = (arg) =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
const planned = [];

/** A command that changes the account: printed, and run unless this is a dry run. */
function change(args, { input, printed = args } = {}) {
  planned.push(`wrangler ${printed.map(quoteArg).join(" ")}`);
  console.log(`${dryRun ? "would run" : "running"}: wrangler ${printed.map(quoteArg).join(" ")}`);
  if (dryRun) return { ok: true, stdout: "" };
  const run = wrangler(args, input);
  if (!run.ok) {
    console.error(run.stderr || run.stdout);
    process.exit(1);
  }
  return run;
}

const config = parse(readFileSync(CONFIG, "utf8"));
const cells = Object.values(config.vars?.CELLS ?? {});
const jurisdictionOf = (binding) => {
  const cell = cells.find((c) => c.binding === binding);
  return cell ? REGIONS[cell.region]?.jurisdiction : undefined;
};
const withJurisdiction = (jurisdiction) => (jurisdiction ? ["--jurisdiction", jurisdiction] : []);

// D1: the control plane and every cell.
const created = new Map();
for (const database of config.d1_databases ?? []) {
  const jurisdiction = jurisdictionOf(database.binding);
  if (wrangler(["d1", "info", database.database_name, "--json"]).ok) continue;
  const run = change(["d1", "create", database.database_name, ...withJurisdiction(jurisdiction)]);
  const id = run.stdout.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)?.[0];
  if (id) created.set(database.binding, id);
}
// A new database's id goes into wrangler.toml, where the deploy reads it.
if (created.size > 0) {
  let toml = readFileSync(CONFIG, "utf8");
  for (const [binding, id] of created) {
    toml = toml.replace(
      new RegExp(
        `(binding = "${binding}"\\s*\\ndatabase_name = "[^"]+"\\s*\\ndatabase_id = )"[^"]+"`,
      ),
      `$1"${id}"`,
    );
  }
  writeFileSync(CONFIG, toml);
  console.log(`wrote the new database ids into ${CONFIG}`);
}

// R2: a bucket per region.
for (const bucket of config.r2_buckets ?? []) {
  const where = withJurisdiction(bucket.jurisdiction);
  if (wrangler(["r2", "bucket", "info", bucket.bucket_name, ...where]).ok) continue;
  change(["r2", "bucket", "create", bucket.bucket_name, ...where]);
}

// Queues: every queue a producer or consumer names, and their dead-letter queues.
const queues = new Set([
  ...(config.queues?.producers ?? []).map((q) => q.queue),
  ...(config.queues?.consumers ?? []).flatMap((q) => [q.queue, q.dead_letter_queue]),
]);
for (const queue of [...queues].filter(Boolean)) {
  if (wrangler(["queues", "info", queue]).ok) continue;
  change(["queues", "create", queue]);
}

// Secrets: generated where missing; an existing one is never replaced.
const listed = wrangler(["secret", "list", "--format", "json"]);
let existing = [];
try {
  existing = JSON.parse(listed.stdout).map((secret) => secret.name);
} catch {
  // A Worker not deployed yet has no secrets.
}
const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`;
const SECRETS = {
  JWT_SECRET: () => randomBytes(32).toString("hex"),
  ENCRYPTION_KEYS: () => `${kid}:${randomBytes(32).toString("base64")}`,
  CREDENTIAL_HASH_KEY: () => randomBytes(32).toString("hex"),
  AUDIT_SIGNING_KEY: auditSigningKey,
};
for (const [name, generate] of Object.entries(SECRETS)) {
  if (existing.includes(name)) continue;
  change(["secret", "put", name], { input: generate() });
}

// Migrations: each database with its own folder, as wrangler.toml pairs them.
for (const database of config.d1_databases ?? []) {
  change(["d1", "migrations", "apply", database.binding, "--remote"]);
}

console.log(
  dryRun
    ? `dry run: ${planned.length} command(s) would run`
    : `provisioned: ${planned.length} command(s) run; now \`npm run deploy\``,
);
