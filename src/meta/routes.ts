import { type Context, Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../env";
import { apiRateLimit, clientIp } from "../middleware/rate-limit";
import { noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";

/** A file of the Worker's static assets, answered with the headers the middleware set too. */
async function staticAsset(c: Context<AppEnv>, path: string) {
  const asset = await c.env.ASSETS.fetch(new URL(path, c.req.url));
  return c.body(
    asset.body as ReadableStream,
    asset.status as 200,
    Object.fromEntries(asset.headers),
  );
}

/** Where scripts/build-console.mjs puts the console's page in the static assets. */
const CONSOLE_PAGE = "/console/";
/** The console's own files and this API, nothing else; no inline script or style. */
const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; " +
  "frame-ancestors 'none'";

const metaRateLimit = () => apiRateLimit((c) => `meta:${clientIp(c)}`);

/** Mounted at the root: the OpenAPI document, the API reference page and the console. */
export const metaRoutes = new Hono<AppEnv>()
  .get(
    "/openapi.json",
    describeRoute({
      tags: ["Meta"],
      summary: "OpenAPI document",
      auth: false,
      responses: {
        200: { description: "OpenAPI 3.1", schema: z.record(z.string(), z.unknown()) },
      },
    }),
    metaRateLimit(),
    noQueryParams(),
    // Built from these routes when the assets are put in place (scripts/openapi-document.mjs),
    // so the builder and zod's JSON Schema converter stay out of the bundle.
    (c) => staticAsset(c, "/openapi.json"),
  )
  .get(
    "/docs",
    describeRoute({
      tags: ["Meta"],
      summary: "API reference page",
      auth: false,
      responses: { 200: { description: "HTML", content: { "text/html": z.string() } } },
    }),
    metaRateLimit(),
    noQueryParams(),
    // Rendered by Scalar's own middleware when the assets are put in place
    // (scripts/docs-page.mjs) and served from them: the renderer stays out of the bundle.
    (c) => staticAsset(c, "/docs"),
  )
  .get(
    "/",
    describeRoute({
      tags: ["Meta"],
      summary: "Console",
      description:
        "The tenant console, a page of the Worker's static assets (console/): it calls this API " +
        "alone, and its Content-Security-Policy lets it load only its own scripts and styles.",
      auth: false,
      responses: { 200: { description: "HTML", content: { "text/html": z.string() } } },
    }),
    metaRateLimit(),
    noQueryParams(),
    async (c) => {
      const page = await staticAsset(c, CONSOLE_PAGE);
      page.headers.set("Content-Security-Policy", CONSOLE_CSP);
      return page;
    },
  );
