import { build } from "esbuild";

// The document describes routes and needs no data, but every request opens a D1 session
// (src/middleware/database.ts) and is counted by a rate limiter: a database that is never queried
// and a limiter that never refuses stand in for them.
const ENV = {
  DB: { withSession: () => ({ getBookmark: () => null }) },
  TENANT_API_LIMITER: { limit: async () => ({ success: true }) },
};

/**
 * The OpenAPI document as the API serves it: src/app.ts bundled for Node and asked for
 * `GET /openapi.json`, so whatever builds the document, this is what clients get.
 */
export async function requestOpenApiDocument() {
  const bundle = await build({
    entryPoints: [new URL("../src/app.ts", import.meta.url).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  const source = bundle.outputFiles[0].text;
  const { app } = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`
  );
  const response = await app.request("/openapi.json", {}, ENV);
  if (!response.ok) {
    throw new Error(`GET /openapi.json answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}
