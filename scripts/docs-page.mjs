// The `/docs` page: Scalar's API reference, rendered once by its own Hono middleware when the
// assets are put in place (scripts/copy-assets.mjs) and served by the Worker from static assets,
// so neither the renderer nor its configuration is in the Worker's bundle.
import { Scalar } from "@scalar/hono-api-reference";
import { Hono } from "hono";

/**
 * The page loads its script from the Worker's static assets and nothing from elsewhere: no fonts,
 * telemetry, AI agent or hosted client from Scalar's servers.
 */
const CONFIG = {
  pageTitle: "Tenant control plane API",
  url: "/openapi.json",
  cdn: "/docs/assets/scalar.js",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  hideClientButton: true,
  modelsSectionLabel: "Schemas",
  authentication: { preferredSecurityScheme: "bearerAuth" },
};

/** The page's HTML, as Scalar's middleware answers it. */
export async function docsPageHtml() {
  const res = await new Hono().get("/docs", Scalar(CONFIG)).request("/docs");
  if (!res.ok) throw new Error(`Scalar answered ${res.status}`);
  return res.text();
}
