import { importSource } from "./import-source.mjs";

/**
 * The OpenAPI document of the API: src/app.ts and the document builder (src/openapi/document.ts)
 * bundled for Node, the document built from the app's routes as they are. `npm start`, `npm test`
 * and `npm run deploy` write it to the static assets (scripts/copy-assets.mjs), where the Worker's
 * `GET /openapi.json` serves it from: the builder and zod's JSON Schema converter stay out of the
 * Worker's bundle.
 */
export async function requestOpenApiDocument() {
  const { document } = await importSource(
    `import { app } from "./src/app.ts";
        import { buildOpenApiDocument } from "./src/openapi/document.ts";
        export const document = () => buildOpenApiDocument(app);`,
  );
  return document();
}
