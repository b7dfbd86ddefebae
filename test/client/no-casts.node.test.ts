/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url);

/** The files a client author would write: the examples and the client's tests. */
const clientCode = () =>
  [
    ...readdirSync(new URL("examples/", ROOT)).map((name) => `examples/${name}`),
    ...readdirSync(new URL("test/client/", ROOT))
      .filter((name) => !name.startsWith("no-casts") && !name.startsWith("body."))
      .map((name) => `test/client/${name}`),
  ].filter((path) => path.endsWith(".ts"));

// A cast, a non-null assertion or a hand-made serializer would each hide what the generated
// types get wrong; the code a client author writes needs none of them.
const WORKAROUNDS = [
  { name: "a cast", pattern: /\bas\s+(?!const\b)[\w{[(]/ },
  { name: "a non-null assertion", pattern: /\w[)\]]?!\./ },
  { name: "a body serializer", pattern: /bodySerializer/ },
  { name: "an ignored type error", pattern: /@ts-(ignore|expect-error|nocheck)/ },
];

it("the walk-through and the client's tests use the generated types without a workaround", () => {
  const found: string[] = [];
  for (const path of clientCode()) {
    const lines = readFileSync(new URL(path, ROOT), "utf8").split("\n");
    lines.forEach((line, index) => {
      const code = /^\s*(\/\*\*|\*)/.test(line) ? "" : line.replace(/\/\/.*$/, "");
      for (const { name, pattern } of WORKAROUNDS) {
        if (pattern.test(code)) found.push(`${path}:${index + 1} ${name}: ${line.trim()}`);
      }
    });
  }
  expect(clientCode().length).toBeGreaterThan(3);
  expect(found).toEqual([]);
});
