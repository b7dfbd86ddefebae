// Import cycles among the Worker's modules: every `import`/`export … from` of a relative module
// under src/ (type imports too: a cycle of types is still two modules that cannot be read
// apart). Prints each cycle found, and fails if there is one. `node scripts/import-cycles.mjs`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FROM = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']/g;

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });

const resolveImport = (from, specifier) => {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, "index.ts"), base].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
};

/** The cycles of the import graph of `dir`, each as the modules around it. */
export function importCycles(dir = join(ROOT, "src")) {
  const graph = new Map(
    sources(dir).map((file) => [
      file,
      [...readFileSync(file, "utf8").matchAll(FROM)]
        .map((match) => resolveImport(file, match[1]))
        .filter((target) => target !== undefined),
    ]),
  );
  const cycles = [];
  const state = new Map(); // file → "open" while on the path, "done" after
  const path = [];
  const visit = (file) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles.map((cycle) => cycle.map((file) => relative(ROOT, file)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const cycles = importCycles();
  for (const cycle of cycles) console.log(`cycle: ${[...cycle, cycle[0]].join(" → ")}`);
  console.log(`${cycles.length} import cycle(s)`);
  if (cycles.length > 0) process.exitCode = 1;
}
