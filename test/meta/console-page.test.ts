import { describe, expect, it } from "vitest";
import { call } from "../support/api-client";

describe("GET / (the console)", () => {
  it("serves the console's page under a policy that allows its own scripts, styles and API alone", async () => {
    const res = await call("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    const policy = res.headers.get("Content-Security-Policy") ?? "";
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-inline");
    const html = await res.text();
    expect(html).toMatch(
      /<script type="module" crossorigin src="\/console\/assets\/index-[\w-]+\.js">/,
    );
    // No inline script: every script has a source on this server.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=")[^>]*>/);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  });

  it("takes no query", async () => {
    expect((await call("/?x=1")).status).toBe(422);
  });
});
