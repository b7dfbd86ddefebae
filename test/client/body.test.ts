import { describe, expect, it } from "vitest";
import { createClient } from "../../client";
import { serializeBody } from "../../client/body";

describe("the client sends a body as its type says", () => {
  it("bytes as they are, a plain text as the text, a form with a file as multipart", async () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const blob = new Blob([bytes], { type: "audio/wav" });
    expect(serializeBody(blob)).toBe(blob);
    expect(serializeBody(bytes)).toBe(bytes);
    expect(serializeBody(bytes.buffer)).toBe(bytes.buffer);
    expect(serializeBody("Opening hours", { "Content-Type": "text/plain" })).toBe("Opening hours");

    const form = serializeBody({ file: blob });
    if (!(form instanceof FormData)) throw new Error("a form with a file is multipart");
    const part = form.get("file");
    if (!(part instanceof File)) throw new Error("the file is a part of the form");
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);
  });

  it("JSON for everything else, a string under a JSON type included", () => {
    expect(serializeBody({ name: "Front desk" })).toBe('{"name":"Front desk"}');
    expect(serializeBody([1, 2])).toBe("[1,2]");
    expect(serializeBody("quoted", { "Content-Type": "application/json" })).toBe('"quoted"');
    expect(serializeBody("quoted")).toBe('"quoted"');
  });
});

it("refuses a plain string where an upload takes bytes, when compiled", () => {
  const api = createClient({ baseUrl: "http://api.test" });
  // Compiled, never called: the generated types refuse the string, so text is never sent as a
  // JSON string by mistake.
  const upload = () =>
    api.POST("/v1/tenants/{tenant_id}/files", {
      params: { path: { tenant_id: "t" }, header: { "X-Filename": "notes.txt" } },
      // @ts-expect-error a string is not a file's bytes: send a Blob
      body: "Opening hours",
    });
  expect(upload).toBeTypeOf("function");
});
