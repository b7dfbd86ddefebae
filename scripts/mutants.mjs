#!/usr/bin/env node
// Deliberate slips, kept as data under test/mutants/ (one JSON file each: the source file to
// change, the exact text to find and its replacement, the test files that should catch it), made
// one at a time: the source is changed, those tests run, the source is put back. A slip the tests
// do not notice is a hole in the suite.
//
//   npm run mutants                 every slip
//   npm run mutants -- access-      the slips whose name contains any of the words given
//   npm run mutants -- --verbose    the test output of every slip, not only of survivors
//
// The source is always put back: in `finally`, on Ctrl-C and on a crash; and, should this
// process be killed outright, from the journal at the next run's start.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MUTANTS = join(root, "test", "mutants");
const JOURNAL = join(root, "node_modules", ".cache", "mutants-journal.json");
const TIMEOUT_MS = 6 * 60 * 1000;

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const filters = args.filter((arg) => !arg.startsWith("--"));

/** The file a killed run left changed, put back from the journal. */
function restoreFromJournal() {
  if (!existsSync(JOURNAL)) return;
  const { file, original } = JSON.parse(readFileSync(JOURNAL, "utf8"));
  writeFileSync(join(root, file), original);
  rmSync(JOURNAL);
  console.log(`restored ${file}, left changed by an interrupted run`);
}

let changed; // { file, original } while a slip is in place
let child;

function restore() {
  if (!changed) return;
  writeFileSync(join(root, changed.file), changed.original);
  rmSync(JOURNAL, { force: true });
  changed = undefined;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    child?.kill("SIGTERM");
    restore();
    console.log(`\n${signal}: source restored`);
    process.exit(130);
  });
}
process.on("uncaughtException", (error) => {
  restore();
  console.error(error);
  process.exit(1);
});

function loadSlips() {
  return readdirSync(MUTANTS)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name: name.replace(/\.json$/, ""), ...readJson(join(MUTANTS, name)) }))
    .filter((slip) => filters.length === 0 || filters.some((word) => slip.name.includes(word)));
}

function readJson(path) {
  const slip = JSON.parse(readFileSync(path, "utf8"));
  for (const field of ["file", "find", "replace", "tests"]) {
    if (!(field in slip)) throw new Error(`${relative(root, path)}: no "${field}"`);
  }
  return slip;
}

const occurrences = (text, find) => text.split(find).length - 1;

function runTests(tests) {
  return new Promise((resolve) => {
    const started = Date.now();
    let output = "";
    child = spawn(join(root, "node_modules", ".bin", "vitest"), ["run", ...tests], {
      cwd: root,
      env: { ...process.env, CI: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => child?.kill("SIGTERM"), TIMEOUT_MS);
    const keep = (chunk) => {
      output += chunk;
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (code) => {
      clearTimeout(timer);
      child = undefined;
      resolve({ code, output, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

/** The lines of a vitest run that say what failed, or its summary. */
function summaryOf(output) {
  const lines = output.split("\n");
  const failing = lines.filter((line) => /(FAIL|×|AssertionError|Error:)/.test(line));
  const tail = lines.filter((line) => /Test Files|Tests {2}/.test(line));
  return [...failing.slice(0, 6), ...tail].map((line) => `      ${line.trim()}`).join("\n");
}

/** The tests that failed, as vitest names them. */
function caughtBy(output) {
  const failed = [...new Set(output.split("\n").filter((line) => /^\s*×/.test(line)))];
  const shown = failed.length > 0 ? failed : output.split("\n").filter((l) => /FAIL|Error/.test(l));
  return shown
    .slice(0, 4)
    .map((line) => `      ${line.trim()}`)
    .join("\n");
}

async function trySlip(slip) {
  const path = join(root, slip.file);
  if (!existsSync(path)) return { outcome: "stale", why: `${slip.file} is not there` };
  const original = readFileSync(path, "utf8");
  const count = occurrences(original, slip.find);
  if (count !== 1) {
    return { outcome: "stale", why: count === 0 ? "text not found" : `text found ${count} times` };
  }
  const tests = slip.tests.filter((test) => existsSync(join(root, test)));
  if (tests.length === 0) return { outcome: "stale", why: "none of its tests is there" };
  const missing = slip.tests.filter((test) => !tests.includes(test));
  mkdirSync(dirname(JOURNAL), { recursive: true });
  writeFileSync(JOURNAL, JSON.stringify({ file: slip.file, original }));
  changed = { file: slip.file, original };
  try {
    writeFileSync(
      path,
      original.replace(slip.find, () => slip.replace),
    );
    const run = await runTests(tests);
    return {
      outcome: run.code === 0 ? "survived" : "killed",
      seconds: run.seconds,
      output: run.output,
      missing,
    };
  } finally {
    restore();
  }
}

async function main() {
  restoreFromJournal();
  const slips = loadSlips();
  if (slips.length === 0) throw new Error("no slip matches");
  const tally = { killed: 0, survived: 0, stale: 0 };
  for (const slip of slips) {
    const result = await trySlip(slip);
    tally[result.outcome]++;
    const time = result.seconds === undefined ? "" : ` (${result.seconds}s)`;
    console.log(`${result.outcome.padEnd(8)} ${slip.name}${time}`);
    if (result.why) console.log(`      ${result.why}`);
    if (result.missing?.length) console.log(`      tests not there: ${result.missing.join(", ")}`);
    if (result.outcome === "killed") console.log(caughtBy(result.output));
    if (result.output && result.outcome === "survived") {
      console.log(`      ${slip.description ?? ""}\n${summaryOf(result.output)}`);
    }
    if (verbose && result.output) console.log(result.output);
  }
  const stale = tally.stale ? `, ${tally.stale} stale` : "";
  console.log(`\n${tally.killed} killed, ${tally.survived} survived${stale}`);
}

main().catch((error) => {
  restore();
  console.error(error);
  process.exit(1);
});
