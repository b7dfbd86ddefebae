import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SRC = join(ROOT, "src");
const TEST = join(ROOT, "test");

/** Folders of test/ that are no module's: the contract-wide suites, helpers, setup, slips. */
const NOT_A_MODULE = ["contract", "support", "setup", "mutants"];

/** Test folders named after a part of the project outside src/, which they test. */
const OUTSIDE_SRC: Record<string, string> = {
  bench: "the benchmark (bench/)",
  client: "the typed client (client/)",
  console: "the tenant console (console/)",
  scripts: "the project's scripts (scripts/)",
};

/**
 * Modules whose tests live in another module's folder, and why. Every other module has
 * test/<module>/ or, for a concern of the whole API, test/contract/<module>/.
 */
const TESTED_WITH: Record<string, { folder: string; why: string }> = {
  agents: { folder: "resources", why: "built by the CRUD factory, tested with its resources" },
  integrations: { folder: "resources", why: "built by the CRUD factory, tested with it" },
  "sip-trunks": { folder: "resources", why: "built by the CRUD factory, tested with it" },
  workflows: { folder: "resources", why: "built by the CRUD factory, tested with it" },
  writes: { folder: "resources", why: "the write planner, run by every resource's write" },
  jobs: { folder: "deletion", why: "the step-job engine, run by its kinds (deletion, moves)" },
  "subaccount-grants": {
    folder: "subaccounts",
    why: "grants decide a family's reach, tested with it",
  },
};

/** A file's code without its comments, so an example in a comment is not taken for code. */
const code = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Folders holding files (git keeps no empty folder; one left behind by a move is no folder). */
const folders = (dir: string) =>
  readdirSync(dir).filter(
    (name) => statSync(join(dir, name)).isDirectory() && filesUnder(join(dir, name)).length > 0,
  );

/** src/ folders holding code, and the top-level files (src/scheduled.ts names `scheduled`). */
const srcModules = folders(SRC).filter((name) =>
  readdirSync(join(SRC, name)).some((file) => file.endsWith(".ts")),
);
const srcFiles = readdirSync(SRC)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => name.replace(/\.ts$/, ""));

describe("the layout: tests mirror src/, routers are routes.ts", () => {
  it("every test folder outside contract, support, setup and mutants names a src module", () => {
    const strays = folders(TEST).filter(
      (name) =>
        !NOT_A_MODULE.includes(name) &&
        !(name in OUTSIDE_SRC) &&
        !srcModules.includes(name) &&
        !srcFiles.includes(name),
    );
    expect(strays).toEqual([]);
  });

  it("every src module with code has its test folder, or says where its tests are", () => {
    const contract = folders(join(TEST, "contract"));
    const untested = srcModules.filter(
      (name) => !existsSync(join(TEST, name)) && !contract.includes(name) && !(name in TESTED_WITH),
    );
    expect(untested).toEqual([]);
    for (const [module, { folder }] of Object.entries(TESTED_WITH)) {
      expect(srcModules, module).toContain(module);
      // An exception that is no longer needed is removed: the module got its own folder.
      expect(existsSync(join(TEST, module)), `test/${module}/ exists`).toBe(false);
      expect(existsSync(join(TEST, folder)), `test/${folder}/ exists`).toBe(true);
    }
  });

  it("every file that builds an HTTP router is a routes.ts, and each routes.ts builds one", () => {
    // A router is built with `new Hono` or by the CRUD factory; app.ts only mounts them, and the
    // factory (src/resources/crud.ts) builds each resource's router for its routes.ts.
    const builders = filesUnder(SRC)
      .filter((path) => path.endsWith(".ts"))
      .map((path) => path.slice(SRC.length + 1))
      .filter((path) => /(new Hono\b|crudRoutes\()/.test(code(join(SRC, path))));
    const named = (path: string) => path.endsWith("/routes.ts");
    expect(builders.filter((path) => !named(path))).toEqual(["app.ts", "resources/crud.ts"]);
    const routesFiles = filesUnder(SRC)
      .map((path) => path.slice(SRC.length + 1))
      .filter(named);
    expect(routesFiles.filter((path) => !builders.includes(path))).toEqual([]);
    // One router a resource: each routes.ts exports exactly one.
    for (const path of routesFiles) {
      const routers = readFileSync(join(SRC, path), "utf8").match(/^export const \w+Routes\b/gm);
      expect(routers, path).toHaveLength(1);
    }
  });

  it("test helpers live in test/support alone", () => {
    const helpers = filesUnder(TEST)
      .map((path) => path.slice(TEST.length + 1))
      .filter(
        (path) =>
          path.endsWith(".ts") &&
          !path.endsWith(".test.ts") &&
          !path.startsWith("support/") &&
          !path.startsWith("setup/") &&
          path !== "env.d.ts",
      );
    expect(helpers).toEqual([]);
  });
});
