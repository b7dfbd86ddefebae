import { type Context, Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import * as z from "zod";
import { apiKeyRoutes } from "./access/key-routes";
import { activityRoutes } from "./activity/routes";
import { adminRoutes } from "./admin/routes";
import { analyticsRoutes } from "./analytics/routes";
import { archiveRoutes } from "./archive/routes";
import { auditRoutes } from "./audit/routes";
import { authRoutes } from "./auth/routes";
import { sessionRoutes } from "./auth/session-routes";
import { callRoutes } from "./calls/routes";
import { deletionRoutes } from "./deletion/routes";
import { encryptionRoutes } from "./encryption/routes";
import type { AppEnv, TenantIdEnv } from "./env";
import { exportRoutes } from "./export/routes";
import { fileRoutes } from "./files/routes";
import { idempotency } from "./idempotency/middleware";
import { acceptInvitationRoutes } from "./members/accept";
import { memberRoutes } from "./members/routes";
import { authenticate } from "./middleware/authenticate";
import { authorizeTenant } from "./middleware/authorize-tenant";
import { wellFormedContentLength } from "./middleware/content-length";
import { cors } from "./middleware/cors";
import { database } from "./middleware/database";
import { handleError } from "./middleware/error-handler";
import { notFoundOrMethodNotAllowed, routeRequired } from "./middleware/method-not-allowed";
import { apiRateLimit, clientIp } from "./middleware/rate-limit";
import { requestLog } from "./middleware/request-log";
import { noQueryParams } from "./middleware/validate";
import { moveRoutes } from "./moves/routes";
import { describeRoute } from "./openapi/describe";
import { recordingRoutes } from "./recordings/routes";
import { agentRoutes } from "./resources/agents";
import { integrationRoutes } from "./resources/integrations";
import { sipTrunkRoutes } from "./resources/sip-trunks";
import { squadRoutes } from "./resources/squads";
import { workflowRoutes } from "./resources/workflows";
import { memberGrantRoutes, parentRoutes, subaccountRoutes } from "./subaccounts/routes";
import { tenantRoutes } from "./tenants/routes";
import { usageRoutes } from "./usage/routes";
import { webhookDeliveryRoutes } from "./webhooks/delivery-routes";
import { webhookRoutes } from "./webhooks/routes";

/**
 * Everything under `/v1/tenants/{tenant_id}`: one authorization check for all of it. What runs
 * here runs for every route below, those that load no tenant row too (`readsTenantInBatch`), so
 * it knows the tenant by the path's id alone.
 */
const tenantScoped = new Hono<TenantIdEnv>()
  .use(
    authenticate(),
    authorizeTenant(),
    apiRateLimit((c) => c.get("tenantId")),
    idempotency(),
  )
  .route("/", tenantRoutes)
  .route("/activity-logs", activityRoutes)
  .route("/agents", agentRoutes)
  .route("/squads", squadRoutes)
  .route("/workflows", workflowRoutes)
  .route("/integrations", integrationRoutes)
  .route("/sip-trunks", sipTrunkRoutes)
  .route("/files", fileRoutes)
  .route("/calls", callRoutes)
  .route("/calls/:id/recording", recordingRoutes)
  .route("/usage", usageRoutes)
  .route("/analytics", analyticsRoutes)
  .route("/", webhookRoutes)
  .route("/webhook-deliveries", webhookDeliveryRoutes)
  .route("/export", exportRoutes)
  .route("/archives", archiveRoutes)
  .route("/members", memberRoutes)
  .route("/members/:id/subaccounts", memberGrantRoutes)
  .route("/api-keys", apiKeyRoutes)
  .route("/subaccounts", subaccountRoutes)
  .route("/parent", parentRoutes);

/** 404, or 405 with `Allow` when the path has other methods: every route is consulted. */
const notFound = notFoundOrMethodNotAllowed(() => api.routes);

const api = new Hono<AppEnv>()
  // CORS before anything that can refuse a request, so a preflight is answered and every refusal
  // is readable by an allowed origin; after the request id, so those answers carry it too.
  .use(requestId(), requestLog(), cors(), secureHeaders())
  // Then the checks in the order a client can act on them: the method and path, the request's
  // framing, then (in each route's own middleware) its credential, and what it carries.
  .use(routeRequired(notFound), wellFormedContentLength(), database())
  .route("/v1/auth", authRoutes)
  .route("/v1/auth", sessionRoutes)
  .route("/v1/auth", acceptInvitationRoutes)
  .route("/v1/audit", auditRoutes)
  .route("/v1/tenants", adminRoutes)
  .route("/v1/admin/encryption", encryptionRoutes)
  // First: deletion answers while the tenant is being deleted, which `tenantScoped` refuses, and
  // a move while the tenant moves.
  .route("/v1/tenants/:tenant_id", deletionRoutes)
  .route("/v1/tenants/:tenant_id", moveRoutes)
  .route("/v1/tenants/:tenant_id", tenantScoped);

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

export const app = api
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
  )
  .notFound(notFound)
  .onError(handleError);

export type App = typeof app;
