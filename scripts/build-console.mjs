// Builds the tenant console (console/) into the static assets: public/console/index.html, served
// at `/` by the Worker's route (src/meta/routes.ts) with its Content-Security-Policy, and its hashed
// scripts and styles under public/console/assets/, served by Cloudflare directly. The roles the
// page shows as needed come from the OpenAPI document's `x-required-role`, read here at build
// time. A build whose inputs have not changed since the last one is skipped: the test
// configuration puts the assets in place before every run.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE = join(ROOT, "console");
const OUT = join(ROOT, "public", "console");
const STAMP = join(OUT, ".inputs");
/** What the bundle is made of besides console/: the client's types and the plan catalog. */
const OTHER_INPUTS = ["client/index.ts", "src/tenants/plans.ts", "scripts/build-console.mjs"];

const ROLES_MODULE = "virtual:required-roles";

/** `get /v1/tenants/{tenant_id}` → its least role, for every operation that names one. */
export function requiredRoles(document) {
  const roles = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const role = operation?.["x-required-role"];
      if (typeof role === "string") roles[`${method} ${path}`] = role;
    }
  }
  return roles;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function inputsHash(roles) {
  const hash = createHash("sha256").update(JSON.stringify(roles));
  const files = [...filesUnder(SOURCE), ...OTHER_INPUTS.map((file) => join(ROOT, file))].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

export async function buildConsole(document) {
  const roles = requiredRoles(document);
  const inputs = inputsHash(roles);
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === inputs) return;
  const { build } = await import("vite");
  await build({
    configFile: false,
    root: SOURCE,
    base: "/console/",
    logLevel: "warn",
    // Production whatever NODE_ENV says (vitest sets it to `test`): no development JSX or checks.
    mode: "production",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    oxc: { jsx: { runtime: "automatic", importSource: "preact", development: false } },
    resolve: { alias: { react: "preact/compat" } },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      assetsDir: "assets",
      // No inline module preload polyfill: the Content-Security-Policy allows no inline script.
      modulePreload: { polyfill: false },
      target: "es2022",
    },
    plugins: [
      {
        name: "required-roles",
        resolveId: (id) => (id === ROLES_MODULE ? `\0${ROLES_MODULE}` : undefined),
        load: (id) =>
          id === `\0${ROLES_MODULE}` ? `export default ${JSON.stringify(roles)};` : undefined,
      },
    ],
  });
  writeFileSync(STAMP, inputs);
}
