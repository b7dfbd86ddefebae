// Creates a platform admin straight in D1: operators only, never through the public API.
// Usage: npm run create-admin -- --email ops@example.com --password '…' [--remote]
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { hashPassword } from "../src/auth/password.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, remote: { type: "boolean" } },
});
const email = values.email?.trim().toLowerCase() ?? "";
if (!/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(email) || (values.password ?? "").length < 12) {
  console.error(
    "Usage: npm run create-admin -- --email ops@example.com --password '<12+ chars>' [--remote]",
  );
  process.exit(2);
}

// The email is checked against a quote-free pattern above and the hash is base64, so both
// are safe inside single quotes.
const hash = await hashPassword(values.password);
const sql = `INSERT INTO users (id, email, password_hash, role, tenant_id, created_at) VALUES ('${randomUUID()}', '${email}', '${hash}', 'platform_admin', NULL, '${new Date().toISOString()}')`;
const target = values.remote ? "--remote" : "--local";
for (const args of [
  ["migrations", "apply", "DB", target],
  ["execute", "DB", target, "--command", sql],
]) {
  if (args[0] === "migrations" && values.remote) continue;
  const run = spawnSync("wrangler", ["d1", ...args], {
    stdio: "inherit",
    env: { ...process.env, CI: "true" },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
console.log(`Platform admin ${email} created (${target.slice(2)}).`);
