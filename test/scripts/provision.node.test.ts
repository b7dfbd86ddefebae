/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NODE = join(PROJECT_ROOT, "node_modules/.bin/node");

// A wrangler that knows an account's resources and records every call: `info` and `list`
// answer from the state; anything else fails, so a dry run that tried to change something would.
const FAKE_WRANGLER = `#!/usr/bin/env node
const fs = require("node:fs");
const state = JSON.parse(fs.readFileSync(process.env.FAKE_STATE, "utf8"));
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_LOG, JSON.stringify(args) + "\\n");
const [a, b, c, d] = args;
if (a === "d1" && b === "info") process.exit(state.d1.includes(c) ? 0 : 1);
if (a === "r2" && b === "bucket" && c === "info") process.exit(state.r2.includes(d) ? 0 : 1);
if (a === "queues" && b === "info") process.exit(state.queues.includes(c) ? 0 : 1);
if (a === "secret" && b === "list") {
  console.log(JSON.stringify(state.secrets.map((name) => ({ name, type: "secret_text" }))));
  process.exit(0);
}
process.exit(1);
`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function dryRun(account: { d1: string[]; r2: string[]; queues: string[]; secrets: string[] }) {
  dir = mkdtempSync(join(tmpdir(), "provision-"));
  const wrangler = join(dir, "wrangler");
  writeFileSync(wrangler, FAKE_WRANGLER);
  chmodSync(wrangler, 0o755);
  writeFileSync(join(dir, "state.json"), JSON.stringify(account));
  const run = spawnSync(NODE, ["scripts/provision.mjs", "--dry-run"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      WRANGLER: wrangler,
      FAKE_STATE: join(dir, "state.json"),
      FAKE_LOG: join(dir, "calls.log"),
    },
  });
  const calls = readFileSync(join(dir, "calls.log"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as string[]);
  const planned = run.stdout
    .split("\n")
    .filter((line) => line.startsWith("would run: "))
    .map((line) => line.slice("would run: ".length));
  return { status: run.status, stderr: run.stderr, planned, calls };
}

const EMPTY = { d1: [], r2: [], queues: [], secrets: [] };

describe("npm run provision -- --dry-run", () => {
  it("plans everything an empty account lacks, the EU cell and bucket in the EU jurisdiction", () => {
    const { status, planned, calls } = dryRun(EMPTY);
    expect(status).toBe(0);
    expect(planned).toEqual([
      "wrangler d1 create tenant-control-plane",
      "wrangler d1 create tenant-cell-us-1",
      "wrangler d1 create tenant-cell-eu-1 --jurisdiction eu",
      "wrangler r2 bucket create tenant-control-plane-blobs-us",
      "wrangler r2 bucket create tenant-control-plane-blobs-eu --jurisdiction eu",
      "wrangler queues create webhook-deliveries",
      "wrangler queues create tenant-deletions",
      "wrangler queues create tenant-moves",
      "wrangler queues create key-rotations",
      "wrangler queues create cell-sweeps",
      "wrangler queues create webhook-deliveries-dlq",
      "wrangler queues create tenant-deletions-dlq",
      "wrangler queues create tenant-moves-dlq",
      "wrangler queues create key-rotations-dlq",
      "wrangler secret put JWT_SECRET",
      "wrangler secret put ENCRYPTION_KEYS",
      "wrangler secret put CREDENTIAL_HASH_KEY",
      "wrangler secret put AUDIT_SIGNING_KEY",
      "wrangler d1 migrations apply DB --remote",
      "wrangler d1 migrations apply CELL_US_1 --remote",
      "wrangler d1 migrations apply CELL_EU_1 --remote",
    ]);
    // It only looked.
    for (const call of calls)
      expect(["info", "list"]).toContain(call[0] === "r2" ? call[2] : call[1]);
  });

  it("plans nothing but the migrations for an account that has everything", () => {
    const { status, planned } = dryRun({
      d1: ["tenant-control-plane", "tenant-cell-us-1", "tenant-cell-eu-1"],
      r2: ["tenant-control-plane-blobs-us", "tenant-control-plane-blobs-eu"],
      queues: [
        "webhook-deliveries",
        "webhook-deliveries-dlq",
        "tenant-deletions",
        "tenant-deletions-dlq",
        "tenant-moves",
        "tenant-moves-dlq",
        "key-rotations",
        "key-rotations-dlq",
        "cell-sweeps",
      ],
      secrets: ["JWT_SECRET", "ENCRYPTION_KEYS", "CREDENTIAL_HASH_KEY", "AUDIT_SIGNING_KEY"],
    });
    expect(status).toBe(0);
    expect(planned).toEqual([
      "wrangler d1 migrations apply DB --remote",
      "wrangler d1 migrations apply CELL_US_1 --remote",
      "wrangler d1 migrations apply CELL_EU_1 --remote",
    ]);
  });

  it("asks the EU bucket about itself in its jurisdiction", () => {
    const { calls } = dryRun({ ...EMPTY, r2: ["tenant-control-plane-blobs-us"] });
    expect(calls).toContainEqual([
      "r2",
      "bucket",
      "info",
      "tenant-control-plane-blobs-eu",
      "--jurisdiction",
      "eu",
    ]);
  });
});
