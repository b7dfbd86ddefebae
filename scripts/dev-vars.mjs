import { randomBytes } from "node:crypto";

/** A .dev.vars file's content with fresh secrets: what a local API needs to run. */
export function freshDevVars() {
  const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`;
  return [
    `JWT_SECRET=${randomBytes(32).toString("hex")}`,
    `ENCRYPTION_KEYS=${kid}:${randomBytes(32).toString("base64")}`,
    "ENVIRONMENT=development",
    "",
  ].join("\n");
}
