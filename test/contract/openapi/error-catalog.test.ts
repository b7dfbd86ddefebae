import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../../src/error-codes";

declare global {
  interface ImportMeta {
    glob(
      pattern: string,
      options: { query: "?raw"; import: "default"; eager: true },
    ): Record<string, string>;
  }
}

/** src/ as text, keyed by path. */
const SOURCES = import.meta.glob("../../../src/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Every error code written in src/: thrown as `new ApiError(status, "code", …)` or answered as `code: "…"`. */
function codesInSource() {
  const found: { file: string; code: string; status?: number }[] = [];
  for (const [file, text] of Object.entries(SOURCES)) {
    for (const [, status, code] of text.matchAll(/new ApiError\(\s*(\d{3}),\s*"([a-z0-9_]+)"/g)) {
      found.push({ file, code: code as string, status: Number(status) });
    }
    for (const line of text.split("\n")) {
      // A zod issue's code, not an answer's.
      if (/addIssue\(/.test(line)) continue;
      for (const [, code] of line.matchAll(/\bcode: "([a-z0-9_]+)"/g)) {
        found.push({ file, code: code as string });
      }
    }
  }
  return found;
}

describe("the error catalog", () => {
  it("holds every code src/ answers, with the status it is answered with", () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    const found = codesInSource();
    expect(found.length).toBeGreaterThan(30);
    const catalog: Record<string, { status: number }> = ERROR_CODES;
    const wrong = found
      .filter(({ code, status }) => !catalog[code] || (status && catalog[code]?.status !== status))
      .map(({ file, code, status }) => `${file}: ${status ?? ""} ${code}`);
    expect(wrong).toEqual([]);
  });

  it("gives every code a 4xx or 5xx status and a meaning", () => {
    for (const [code, { status, meaning }] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(meaning.length, code).toBeGreaterThan(10);
    }
  });
});
