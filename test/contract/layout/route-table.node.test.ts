import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  API_DOC,
  BEGIN,
  END,
  exercises,
  operations,
  routeSources,
} from "../../../scripts/route-table.mjs";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

type Row = { method: string; path: string; operation: string; source: string; tests: string[] };

/** The rows of the committed table of docs/api.md, between its markers. */
function committedRows(): Row[] {
  const text = readFileSync(API_DOC, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  expect(start, "the table's markers").toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return text
    .slice(start + BEGIN.length, end)
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) => {
      const [method, path, operation, source, tests] = line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
      return {
        method: method ?? "",
        path: (path ?? "").replace(/^`|`$/g, ""),
        operation: operation ?? "",
        source: source ?? "",
        tests: (tests ?? "").split(",").map((file) => file.trim()),
      };
    });
}

type Operation = Awaited<ReturnType<typeof operations>>[number];
let ops: Operation[];
let sources: Map<string, Set<string>>;
let rows: Row[];

beforeAll(async () => {
  [ops, sources] = await Promise.all([operations(), routeSources()]);
  rows = committedRows();
});

const key = (row: { method: string; path: string }) => `${row.method} ${row.path}`;

describe("docs/api.md's route table", () => {
  it("has every operation of the OpenAPI document once, and nothing else", () => {
    expect(ops.length).toBeGreaterThan(40);
    const documented = ops.map(key).sort();
    const listed = rows.map(key).sort();
    expect(new Set(listed).size, "a row listed twice").toBe(listed.length);
    expect(listed).toEqual(documented);
  });

  it("names each operation by its id and summary", () => {
    for (const operation of ops) {
      const row = rows.find((candidate) => key(candidate) === key(operation));
      expect(row?.operation, key(operation)).toBe(`${operation.operationId}: ${operation.summary}`);
    }
  });

  it("gives each operation the routes.ts whose router declares it", () => {
    for (const row of rows) {
      expect(row.source, key(row)).toMatch(/^src\/[a-z-]+\/routes\.ts$/);
      expect(existsSync(join(ROOT, row.source)), row.source).toBe(true);
      expect([...(sources.get(key(row)) ?? [])], key(row)).toEqual([row.source]);
    }
  });

  it("gives each operation tests that exist and call it", () => {
    for (const row of rows) {
      expect(row.tests.length, key(row)).toBeGreaterThan(0);
      for (const file of row.tests) {
        expect(file, key(row)).toMatch(/^test\/.+\.test\.ts$/);
        expect(existsSync(join(ROOT, file)), file).toBe(true);
        const operation = { method: row.method, path: row.path };
        expect(
          exercises(readFileSync(join(ROOT, file), "utf8"), operation),
          `${file}: ${key(row)}`,
        ).toBe(true);
      }
    }
  });
});
