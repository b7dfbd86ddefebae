// Puts the Worker's static assets in place: the API reference's browser script, copied from
// node_modules to public/ (the `[assets]` directory in wrangler.toml), where Cloudflare serves it
// beside the Worker instead of bundling it into it. The copy is not committed (it is about 5 MB);
// `npm start`, `npm test` and `npm run deploy` run this first.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SCALAR_STANDALONE = new URL(
  "./browser/standalone.js",
  import.meta.resolve("@scalar/api-reference"),
);
/** Served at `/docs/assets/scalar.js`: the `cdn` of the `/docs` route in src/app.ts. */
const DOCS_SCRIPT = new URL("../public/docs/assets/scalar.js", import.meta.url);

export function copyAssets() {
  const target = fileURLToPath(DOCS_SCRIPT);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(fileURLToPath(SCALAR_STANDALONE), target);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) copyAssets();
