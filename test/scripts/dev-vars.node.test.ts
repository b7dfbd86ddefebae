import { describe, expect, it } from "vitest";
import { completedDevVars, freshDevVars } from "../../scripts/dev-vars.mjs";

describe(".dev.vars", () => {
  it("a fresh one has every secret the API needs", () => {
    const vars = freshDevVars();
    for (const name of [
      "JWT_SECRET",
      "ENCRYPTION_KEYS",
      "CREDENTIAL_HASH_KEY",
      "AUDIT_SIGNING_KEY",
    ])
      expect(vars).toMatch(new RegExp(`^${name}=.{32,}$`, "m"));
  });

  it("one written before a secret existed keeps its values and gains the new one", () => {
    const old = "JWT_SECRET=kept\nENCRYPTION_KEYS=k1:kept\nENVIRONMENT=development";
    const { text, added } = completedDevVars(old);
    expect(added).toEqual(["CREDENTIAL_HASH_KEY", "AUDIT_SIGNING_KEY", "CORS_ORIGINS"]);
    expect(text.startsWith(`${old}\n`)).toBe(true);
    expect(text).toMatch(/^CREDENTIAL_HASH_KEY=[0-9a-f]{64}$/m);
    expect(completedDevVars(text)).toEqual({ text, added: [] });
  });
});
