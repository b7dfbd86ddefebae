// The write fence's migration: the triggers src/db/fence.ts derives from the schema, compared
// with the ones the cell's migrations leave behind; when they differ, a custom migration
// (drizzle-kit's, so its journal knows it) drops the fence triggers of the last emitted set and
// creates the generated ones. `npm run db:generate` runs this after drizzle-kit, so a table added
// to the schema is fenced in the same change. `--check` only says whether they differ.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { importSource } from "./import-source.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const MIGRATIONS = new URL("../drizzle/cell/", import.meta.url);
const BREAKPOINT = "--> statement-breakpoint";

/** The generated triggers (name, table, sql as `sqlite_master` keeps it), from src/db/fence.ts. */
export async function generatedFence() {
  const { fenceTriggers } = await importSource(
    `export { fenceTriggers } from "./src/db/fence.ts";`,
  );
  return fenceTriggers();
}

const migrationFiles = () =>
  readdirSync(MIGRATIONS)
    .filter((file) => file.endsWith(".sql"))
    .sort();

/** A statement of a migration without its leading comment lines and closing semicolon. */
const statementsOf = (text) =>
  text.split(BREAKPOINT).map((part) =>
    part
      .split("\n")
      .filter((line) => !line.startsWith("--"))
      .join("\n")
      .trim()
      .replace(/;$/, ""),
  );

/** The fence's triggers as the migrations, replayed in order, leave them: name → sql. */
export function emittedFence() {
  const triggers = new Map();
  for (const file of migrationFiles()) {
    for (const statement of statementsOf(readFileSync(new URL(file, MIGRATIONS), "utf8"))) {
      const dropped = /^DROP TRIGGER (?:IF EXISTS )?`(fence_\w+)`/.exec(statement);
      if (dropped) triggers.delete(dropped[1]);
      const created = /^CREATE TRIGGER `(fence_\w+)`/.exec(statement);
      if (created) triggers.set(created[1], statement);
    }
  }
  return triggers;
}

/** The migration's text: every trigger of the last set dropped, every generated one created. */
function migrationText(emitted, generated) {
  const names = new Set([...emitted.keys(), ...generated.map((trigger) => trigger.name)]);
  const drops = [...names].sort().map((name) => `DROP TRIGGER IF EXISTS \`${name}\`;`);
  const creates = generated.map((trigger) => `${trigger.sql};`);
  const header = [
    "-- The write fence, generated from the schema by scripts/fence-migration.mjs (src/db/fence.ts):",
    "-- the fence triggers of the migrations before this one dropped, the generated ones created.",
  ];
  return `${header.join("\n")}\n${[...drops, ...creates].join(`\n${BREAKPOINT}\n`)}\n`;
}

/** What differs between the emitted triggers and the generated ones, by name and by text. */
export function differences(emitted, generated) {
  const found = [];
  for (const { name, sql } of generated) {
    if (!emitted.has(name)) found.push(`new ${name}`);
    else if (emitted.get(name) !== sql) found.push(`changed ${name}`);
  }
  const names = new Set(generated.map((trigger) => trigger.name));
  for (const name of emitted.keys()) if (!names.has(name)) found.push(`dropped ${name}`);
  return found;
}

async function main() {
  const generated = await generatedFence();
  const emitted = emittedFence();
  const changes = differences(emitted, generated);
  if (changes.length === 0) {
    console.log(`write fence: ${generated.length} triggers, as the migrations emitted them`);
    return;
  }
  console.log(`write fence: ${changes.join(", ")}`);
  if (process.argv.includes("--check")) {
    process.exitCode = 1;
    return;
  }
  const before = new Set(migrationFiles());
  execFileSync(
    "npx",
    [
      "drizzle-kit",
      "generate",
      "--custom",
      "--config",
      "drizzle.cell.config.ts",
      "--name",
      "write_fence",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  const [file] = migrationFiles().filter((name) => !before.has(name));
  if (!file) throw new Error("drizzle-kit wrote no migration");
  writeFileSync(new URL(file, MIGRATIONS), migrationText(emitted, generated));
  console.log(`write fence: drizzle/cell/${file} (${generated.length} triggers)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
