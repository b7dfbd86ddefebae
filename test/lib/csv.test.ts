import { describe, expect, it } from "vitest";
import { prefers } from "../../src/lib/accept";
import { toCsv } from "../../src/lib/csv";

describe("CSV", () => {
  it("quotes a field holding a quote, a comma or a line break, and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["plain", 1.5],
          ['say "hi", then\r\nhang up', null],
        ],
      ),
    ).toBe('a,b\r\nplain,1.5\r\n"say ""hi"", then\r\nhang up",\r\n');
  });
});

describe("Accept", () => {
  const csv = (accept: string | undefined) => prefers(accept, "text/csv", "application/json");

  it("chooses CSV only when it is named, and JSON is not preferred to it", () => {
    expect(csv("text/csv")).toBe(true);
    expect(csv("text/csv; charset=utf-8")).toBe(true);
    expect(csv("TEXT/CSV")).toBe(true);
    expect(csv("application/json;q=0.5, text/csv")).toBe(true);
    expect(csv("text/csv, application/json")).toBe(true);
    expect(csv("text/csv, */*;q=0.1")).toBe(true);
  });

  it("keeps JSON for anything else", () => {
    for (const accept of [
      undefined,
      "",
      "*/*",
      "text/*",
      "application/json",
      "application/json, text/csv",
      "text/csv;q=0.5, application/json",
      "text/csv;q=0",
      "text/html",
    ]) {
      expect(csv(accept), String(accept)).toBe(false);
    }
  });
});
