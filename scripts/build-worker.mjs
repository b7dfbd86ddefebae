// Builds the Worker as it is deployed: the bundle of src/ without its documentation text.
//
// Route summaries and descriptions (`describeRoute({...})`) and schema descriptions (zod's
// `.describe("…")`, `description` in `.meta({...})`) only feed the OpenAPI document, which
// scripts/copy-assets.mjs builds in Node from the source into static assets; the Worker never
// reads them, yet they are a twelfth of its gzipped bytes. Each source file is parsed as the
// TypeScript it is (oxc, through vite's `parseAst`) and only those string values are emptied or
// removed, so everything else stays byte for byte what src/ has, types included, and a source map
// per file leads the bundle's own map back to src/. The bundle is then made by
// `wrangler deploy --dry-run` itself, on a copy of src/ with that text removed, so every bundling
// setting of wrangler.toml (minify, aliases, nodejs_compat, conditions) applies exactly as for a
// plain deploy; an esbuild plugin of our own would have to copy those settings and follow
// wrangler's changes. `npm run deploy` uploads the result as it is (`--no-bundle`).
//
//   node scripts/build-worker.mjs [--outdir <dir>]   (default: dist/worker)

import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import MagicString from "magic-string";
import { parseAst } from "vite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CONFIG = join(ROOT, "wrangler.toml");

/** Properties of a `describeRoute` argument (and the objects nested in it) that are prose. */
const ROUTE_PROSE = new Set(["description", "summary"]);

const keyName = (property) =>
  property.type === "Property" && !property.computed
    ? property.key.type === "Identifier"
      ? property.key.name
      : typeof property.key.value === "string"
        ? property.key.value
        : null
    : null;

/**
 * Text only: a string, a template whose parts are names and constants, or texts joined by `+`, so
 * dropping it drops no call or other effect.
 */
function isText(node) {
  if (node.type === "Literal") return typeof node.value === "string";
  if (node.type === "BinaryExpression") {
    return node.operator === "+" && isText(node.left) && isText(node.right);
  }
  if (node.type !== "TemplateLiteral") return false;
  const inert = (expr) =>
    expr.type === "Identifier" ||
    expr.type === "Literal" ||
    (expr.type === "MemberExpression" &&
      inert(expr.object) &&
      (!expr.computed || inert(expr.property)));
  return node.expressions.every(inert);
}

const calleeName = (call) =>
  call.callee.type === "Identifier"
    ? call.callee.name
    : call.callee.type === "MemberExpression" && !call.callee.computed
      ? call.callee.property.name
      : null;

/** Every node of an ESTree, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== "string") return;
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent") continue;
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === "object") yield* nodes(value);
  }
}

/** `description`/`summary` text in this object literal and the object and array literals in it. */
function emptyRouteProse(edits, node) {
  if (node.type === "ArrayExpression") {
    for (const element of node.elements) if (element) emptyRouteProse(edits, element);
    return;
  }
  if (node.type !== "ObjectExpression") return;
  for (const property of node.properties) {
    if (property.type !== "Property") continue;
    if (ROUTE_PROSE.has(keyName(property)) && isText(property.value)) {
      edits.overwrite(property.value.start, property.value.end, '""');
    } else emptyRouteProse(edits, property.value);
  }
}

/**
 * JavaScript without the documentation text: `summary`/`description` of `describeRoute`'s argument
 * become "" (the route's types and the code reading them stay as they are), `.describe(text)`
 * calls go, and so does a text `description` of `.meta({...})`.
 */
export function stripDocumentation(code, { lang = "ts" } = {}) {
  const ast = parseAst(code, { lang });
  const edits = new MagicString(code);
  for (const node of nodes(ast)) {
    if (node.type !== "CallExpression" || node.optional) continue;
    const name = calleeName(node);
    const [argument] = node.arguments;
    if (name === "describeRoute" && node.callee.type === "Identifier" && argument) {
      emptyRouteProse(edits, argument);
    } else if (node.callee.type !== "MemberExpression" || node.callee.optional) {
      // only method calls below
    } else if (name === "describe" && node.arguments.length === 1 && isText(argument)) {
      edits.remove(node.callee.object.end, node.end);
    } else if (
      name === "meta" &&
      node.arguments.length === 1 &&
      argument.type === "ObjectExpression"
    ) {
      const { properties } = argument;
      properties.forEach((property, i) => {
        if (keyName(property) !== "description" || !isText(property.value)) return;
        // The property and the comma that joins it to its neighbour.
        if (i + 1 < properties.length) edits.remove(property.start, properties[i + 1].start);
        else if (i > 0) edits.remove(properties[i - 1].end, property.end);
        else edits.remove(property.start, property.end);
      });
    }
  }
  return edits;
}

/**
 * A source file with its documentation text removed, still TypeScript, and a source map back to
 * the original so the deployed Worker's stack traces point at src/.
 */
export function strippedModule(source, file, mapSource = file) {
  const edits = stripDocumentation(source, { lang: file.endsWith(".tsx") ? "tsx" : "ts" });
  const map = edits.generateMap({ source: mapSource, includeContent: true, hires: true });
  return `${edits.toString()}\n//# sourceMappingURL=${map.toUrl()}\n`;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else yield path;
  }
}

function wrangler(args) {
  // The project's own bin first: wrangler and the Node it needs (the `node` dev dependency).
  const bin = join(ROOT, "node_modules", ".bin");
  const run = spawnSync("wrangler", args, {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH}`,
      WRANGLER_SEND_METRICS: "false",
    },
  });
  if (run.status !== 0) {
    throw new Error(`wrangler ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  }
}

/** The modules wrangler wrote to `outdir`: their bytes, raw and gzipped. */
export function moduleSizes(outdir) {
  const modules = readdirSync(outdir).filter((file) => /\.(m?js|wasm)$/.test(file));
  const bytes = modules.map((file) => readFileSync(join(outdir, file)));
  return {
    rawBytes: bytes.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** The main module of wrangler.toml. */
const mainModule = () => {
  const line = readFileSync(CONFIG, "utf8").match(/^main\s*=\s*"([^"]+)"/m);
  if (!line) throw new Error("wrangler.toml names no main module");
  return line[1];
};

/**
 * Builds the deployable Worker into `outdir` (its entry `index.js`, with its source map) and
 * answers its entry and sizes. The stripped copy of src/ lives under the project (so its imports
 * find node_modules) in `.wrangler/`, which git ignores.
 */
export function buildWorker({ outdir = join(ROOT, "dist", "worker") } = {}) {
  const out = resolve(outdir);
  const copy = join(ROOT, ".wrangler", `worker-source-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  try {
    for (const file of sourceFiles(join(ROOT, "src"))) {
      const target = join(copy, relative(ROOT, file));
      mkdirSync(dirname(target), { recursive: true });
      const source = readFileSync(file, "utf8");
      writeFileSync(
        target,
        /\.tsx?$/.test(file)
          ? strippedModule(source, file, relative(dirname(target), file))
          : source,
      );
    }
    rmSync(out, { recursive: true, force: true });
    // The project's config named: given a script, wrangler looks for one from the script's folder.
    wrangler([
      "deploy",
      "--dry-run",
      "--config",
      CONFIG,
      "--outdir",
      out,
      join(copy, mainModule()),
    ]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return { entry: join(out, "index.js"), ...moduleSizes(out) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--outdir");
  const { entry, rawBytes, gzipBytes } = buildWorker(
    at > 0 ? { outdir: process.argv[at + 1] } : {},
  );
  console.log(
    `${relative(process.cwd(), entry)}: ${rawBytes} bytes, ${gzipBytes} bytes gzip (level 9)`,
  );
}
