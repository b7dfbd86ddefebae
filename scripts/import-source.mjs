import { build } from "esbuild";

const ROOT = new URL("..", import.meta.url).pathname;

/**
 * The module `contents` makes of the project's TypeScript (imports relative to the project's root,
 * e.g. `export { app } from "./src/app.ts"`), bundled for Node and imported: what the scripts read
 * of src/ without a Workers runtime.
 */
export async function importSource(contents) {
  const bundle = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  const source = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
}
