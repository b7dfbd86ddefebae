import { randomBytes } from "node:crypto";

/** A .dev.vars file's content with fresh secrets: what a local API needs to run. */
export function freshDevVars() {
  const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`;
  return [
    `JWT_SECRET=${randomBytes(32).toString("hex")}`,
    `ENCRYPTION_KEYS=${kid}:${randomBytes(32).toString("base64")}`,
    "ENVIRONMENT=development",
    // Browser front ends served locally, on any port (LOCAL_ORIGINS in src/middleware/cors.ts).
    "CORS_ORIGINS=http://localhost:*,http://127.0.0.1:*",
    "",
  ].join("\n");
}
