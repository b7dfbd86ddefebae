// Puts the Worker's static assets in place: the API reference's browser script, copied from
// node_modules to public/ (the `[assets]` directory in wrangler.toml), where Cloudflare serves it
// beside the Worker instead of bundling it into it, the `/docs` page that loads it, and the OpenAPI
// document, and the console (scripts/build-console.mjs). None is committed (the script is about 5 MB); `npm start`, `npm test`, `npm run bench`
// and `npm run deploy` run this first, and so does the test configuration.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildConsole } from "./build-console.mjs";
import { docsPageHtml } from "./docs-page.mjs";
import { requestOpenApiDocument } from "./openapi-document.mjs";

const SCALAR_STANDALONE = new URL(
  "./browser/standalone.js",
  import.meta.resolve("@scalar/api-reference"),
);
/** Served at `/docs/assets/scalar.js`: the `cdn` of the page (scripts/docs-page.mjs). */
const DOCS_SCRIPT = new URL("../public/docs/assets/scalar.js", import.meta.url);
/** Served at `/docs` by the Worker's route (src/meta/routes.ts), through the `ASSETS` binding. */
const DOCS_PAGE = new URL("../public/docs.html", import.meta.url);
/** Served at `/openapi.json` the same way: the document of the routes as they are now. */
const OPENAPI_DOCUMENT = new URL("../public/openapi.json", import.meta.url);

export async function copyAssets() {
  const target = fileURLToPath(DOCS_SCRIPT);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(fileURLToPath(SCALAR_STANDALONE), target);
  writeFileSync(DOCS_PAGE, await docsPageHtml());
  const document = await requestOpenApiDocument();
  writeFileSync(OPENAPI_DOCUMENT, JSON.stringify(document));
  await buildConsole(document);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await copyAssets();
