import { generateKeyPairSync, randomBytes } from "node:crypto";

/** An Ed25519 key for the audit checkpoints, as `AUDIT_SIGNING_KEY` takes it: `<x>.<d>`. */
export function auditSigningKey() {
  const { x, d } = generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" });
  return `${x}.${d}`;
}

/** A .dev.vars file's content with fresh secrets: what a local API needs to run. */
export function freshDevVars() {
  const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`;
  return [
    `JWT_SECRET=${randomBytes(32).toString("hex")}`,
    `ENCRYPTION_KEYS=${kid}:${randomBytes(32).toString("base64")}`,
    `CREDENTIAL_HASH_KEY=${randomBytes(32).toString("hex")}`,
    `AUDIT_SIGNING_KEY=${auditSigningKey()}`,
    "ENVIRONMENT=development",
    // Browser front ends served locally, on any port (LOCAL_ORIGINS in src/middleware/cors.ts).
    "CORS_ORIGINS=http://localhost:*,http://127.0.0.1:*",
    "",
  ].join("\n");
}

/**
 * `existing` with the variables a newer version needs and it lacks added, fresh: a .dev.vars
 * written before a secret was introduced keeps its own values and gains the new one.
 */
export function completedDevVars(existing) {
  const has = new Set(existing.split("\n").map((line) => line.split("=")[0]?.trim()));
  const missing = freshDevVars()
    .split("\n")
    .filter((line) => line.includes("=") && !has.has(line.split("=")[0]));
  if (missing.length === 0) return { text: existing, added: [] };
  const base = existing.endsWith("\n") || existing === "" ? existing : `${existing}\n`;
  return {
    text: `${base}${missing.join("\n")}\n`,
    added: missing.map((line) => line.split("=")[0]),
  };
}
