/// <reference types="node" />
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import {
  hashPassword,
  ITERATIONS,
  passwordIterations,
  verifyPassword,
} from "../../src/auth/password";

const { vars } = parse(readFileSync(new URL("../../wrangler.toml", import.meta.url), "utf8")) as {
  vars: Record<string, unknown>;
};

// The tests' runtime hashes with fewer rounds (vitest.config.ts); production must not.
describe("the password work factor", () => {
  it("is 100,000 PBKDF2 rounds in production, whatever PASSWORD_ITERATIONS says", async () => {
    expect(ITERATIONS).toBe(100_000);
    expect(vars.ENVIRONMENT).toBe("production");
    expect(vars).not.toHaveProperty("PASSWORD_ITERATIONS");
    expect(passwordIterations({ ENVIRONMENT: "production" })).toBe(100_000);
    expect(passwordIterations({ ENVIRONMENT: "production", PASSWORD_ITERATIONS: "1000" })).toBe(
      100_000,
    );
    const hash = await hashPassword("correct horse battery", passwordIterations(vars));
    expect(hash.startsWith("pbkdf2-sha256$100000$")).toBe(true);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
  });

  it("is lowered in development alone, by a whole number, and never past Workers' cap", () => {
    expect(passwordIterations({ ENVIRONMENT: "development" })).toBe(100_000);
    expect(passwordIterations({ ENVIRONMENT: "development", PASSWORD_ITERATIONS: "1000" })).toBe(
      1000,
    );
    for (const bad of ["", "0", "-5", "1.5", "many"]) {
      expect(passwordIterations({ ENVIRONMENT: "development", PASSWORD_ITERATIONS: bad })).toBe(
        100_000,
      );
    }
    expect(passwordIterations({ ENVIRONMENT: "development", PASSWORD_ITERATIONS: "500000" })).toBe(
      100_000,
    );
  });
});
