/// <reference types="node" />
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { requestOpenApiDocument } from "../../../scripts/openapi-document.mjs";

const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const REDOCLY = join(PROJECT_ROOT, "node_modules/@redocly/cli/bin/cli.js");

// Bundling the app and starting the linter take a few seconds on a busy machine.
const LINT_TIMEOUT_MS = 60_000;

type Problem = { ruleId: string; severity: "error" | "warn"; location: { pointer: string }[] };
type LintReport = { totals: { errors: number; warnings: number }; problems: Problem[] };

/** `redocly lint` of `document` with the project's redocly.yaml, as its JSON report. */
function lint(document: object): LintReport {
  const dir = mkdtempSync(join(tmpdir(), "openapi-"));
  try {
    const file = join(dir, "openapi.json");
    writeFileSync(file, JSON.stringify(document, null, 2));
    const run = spawnSync(
      process.execPath,
      [REDOCLY, "lint", file, "--config", join(PROJECT_ROOT, "redocly.yaml"), "--format", "json"],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    if (!run.stdout) throw new Error(`redocly lint printed no report:\n${run.stderr}`);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const describeProblem = (p: Problem) => `${p.ruleId} at ${p.location[0]?.pointer}`;

it(
  "the OpenAPI document passes Redocly's recommended rules",
  async () => {
    const report = lint(await requestOpenApiDocument());
    const warnings = report.problems.filter((p) => p.severity === "warn").map(describeProblem);
    // Printed past the reporter, so the count shows while the test passes.
    process.stderr.write(
      `redocly lint: ${report.totals.warnings} warnings${warnings.map((w) => `\n  ${w}`).join("")}\n`,
    );
    expect(report.problems.filter((p) => p.severity === "error").map(describeProblem)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  },
  LINT_TIMEOUT_MS,
);
