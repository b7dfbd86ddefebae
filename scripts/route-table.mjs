// The route table of docs/api.md: each operation of the OpenAPI document with the routes.ts that
// declares it and the tests that call it. `node scripts/route-table.mjs --write` rewrites the
// table between its markers; test/contract/layout/route-table.node.test.ts checks the committed one.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { importSource } from "./import-source.mjs";
import { requestOpenApiDocument } from "./openapi-document.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const API_DOC = join(ROOT, "docs/api.md");
export const BEGIN = "<!-- route table: node scripts/route-table.mjs --write -->";
export const END = "<!-- end of the route table -->";
const METHODS = ["get", "put", "post", "patch", "delete"];

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const toOpenApiPath = (path) => path.replace(/:(\w+)/g, "{$1}");

/**
 * For each route of the app (`METHOD /path` in the document's form), the routes.ts files whose
 * router holds its handlers: a router mounted into the app keeps its handler functions, so the
 * app's route and the router's are the same function.
 */
export async function routeSources() {
  const files = filesUnder(join(ROOT, "src"))
    .filter((path) => path.endsWith("/routes.ts"))
    .map((path) => relative(ROOT, path));
  const { app, routers } = await importSource(
    [
      `import { app } from "./src/app.ts";`,
      ...files.map((file, i) => `import * as m${i} from "./${file}";`),
      `export const routers = [${files.map((file, i) => `[${JSON.stringify(file)}, m${i}]`)}];`,
      "export { app };",
    ].join("\n"),
  );
  const owner = new Map();
  for (const [file, module] of routers) {
    for (const router of Object.values(module)) {
      if (!router || !Array.isArray(router.routes)) continue;
      for (const route of router.routes) owner.set(route.handler, file);
    }
  }
  const sources = new Map();
  for (const route of app.routes) {
    const file = owner.get(route.handler);
    if (!file || route.method === "ALL") continue;
    const key = `${route.method} ${toOpenApiPath(route.path)}`;
    sources.set(key, new Set([...(sources.get(key) ?? []), file]));
  }
  return sources;
}

/** The operations of the document, in its order. */
export async function operations() {
  const document = await requestOpenApiDocument();
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      operationId: item[method].operationId,
      summary: item[method].summary,
    })),
  );
}

const TENANT = "/v1/tenants/{tenant_id}";

/**
 * What a test's text holds when it calls the operation: every static segment of the path after
 * the tenant's (for the tenant's own routes, a tenant path however it is built; for the root,
 * the path as a string), and the method unless it is a GET.
 */
export function exercises(text, { method, path }) {
  const rest = path.startsWith(TENANT) ? path.slice(TENANT.length) : path;
  const segments = rest
    .split("/")
    .filter((segment) => segment && !segment.startsWith("{"))
    .map((segment) => `/${segment}`);
  const called =
    segments.length > 0
      ? segments.every((segment) => text.includes(segment))
      : path.startsWith(TENANT)
        ? text.includes("tenantPath(") || text.includes("/v1/tenants/")
        : text.includes(`"${path}"`);
  return called && (method === "GET" || text.includes(`"${method}"`));
}

/** How often a test names the path's last static segment: the first tests named call it most. */
function weight(text, path) {
  const last = path
    .split("/")
    .filter((segment) => segment && !segment.startsWith("{"))
    .at(-1);
  return last ? text.split(`/${last}`).length - 1 : 0;
}

const testFiles = () =>
  filesUnder(join(ROOT, "test"))
    .filter((path) => path.endsWith(".test.ts"))
    .map((path) => relative(ROOT, path))
    .sort();

/** The tests named for an operation: those of its module's folder that call it, else any. */
function testsOf(operation, source, texts) {
  const module = source.split("/")[1];
  const calling = [...texts]
    .filter(([, text]) => exercises(text, operation))
    .sort(
      ([a, textA], [b, textB]) =>
        weight(textB, operation.path) - weight(textA, operation.path) || a.localeCompare(b),
    )
    .map(([file]) => file);
  const own = calling.filter((file) => file.startsWith(`test/${module}/`));
  const chosen =
    own.length > 0 ? own : calling.filter((file) => !file.startsWith("test/contract/"));
  return (chosen.length > 0 ? chosen : calling).slice(0, 2);
}

export async function routeTable() {
  const [ops, sources] = await Promise.all([operations(), routeSources()]);
  const texts = new Map(testFiles().map((file) => [file, readFileSync(join(ROOT, file), "utf8")]));
  const rows = ops.map((operation) => {
    const files = [...(sources.get(`${operation.method} ${operation.path}`) ?? [])];
    const source = files.join(", ");
    const tests = testsOf(operation, files[0] ?? "", texts);
    return [
      operation.method,
      `\`${operation.path}\``,
      `${operation.operationId}: ${operation.summary}`,
      source,
      tests.join(", "),
    ];
  });
  const header = ["method", "path", "operation", "source", "tests"];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join(
    "\n",
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(API_DOC, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/api.md has no ${BEGIN} … ${END}`);
  const table = await routeTable();
  const next = `${text.slice(0, start + BEGIN.length)}\n\n${table}\n\n${text.slice(end)}`;
  if (process.argv.includes("--write")) {
    writeFileSync(API_DOC, next);
    console.log("Wrote the route table of docs/api.md");
  } else {
    console.log(table);
  }
}
