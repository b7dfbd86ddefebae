import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { activityRoutes } from "./activity/routes";
import { adminRoutes } from "./admin/routes";
import { authRoutes } from "./auth/routes";
import type { AppEnv } from "./env";
import { once } from "./lib/once";
import { authenticate, authorizeTenant } from "./middleware/authenticate";
import { database } from "./middleware/database";
import { handleError } from "./middleware/error-handler";
import { renderDocsPage } from "./openapi/docs-page";
import { buildOpenApiDocument } from "./openapi/document";
import { describeRoute } from "./openapi/route-doc";
import { tenantRoutes } from "./tenants/routes";

/** Everything under `/v1/tenants/{tenant_id}`: one authorization check for all of it. */
const tenantScoped = new Hono<AppEnv>()
  .use(authenticate(), authorizeTenant())
  .route("/", tenantRoutes)
  .route("/activity-logs", activityRoutes);

const api = new Hono<AppEnv>()
  .use(requestId(), secureHeaders())
  .use(database())
  .route("/v1/auth", authRoutes)
  .route("/v1/tenants", adminRoutes)
  .route("/v1/tenants/:tenant_id", tenantScoped);

// Built on first request, then kept for the isolate's life. `api` is the same instance as `app`,
// so its routes include the ones registered below.
const openApiDocument = once(() => buildOpenApiDocument(api.routes));
const docsPage = once(() => renderDocsPage(openApiDocument()));

export const app = api
  .get(
    "/openapi.json",
    describeRoute({
      tags: ["Meta"],
      summary: "OpenAPI document",
      auth: false,
      responses: { 200: { description: "OpenAPI 3.1" } },
    }),
    (c) => c.json(openApiDocument()),
  )
  .get(
    "/docs",
    describeRoute({
      tags: ["Meta"],
      summary: "API reference page",
      auth: false,
      responses: { 200: { description: "HTML" } },
    }),
    (c) => c.html(docsPage()),
  )
  .notFound((c) => c.json({ detail: "Not Found", code: "not_found" }, 404))
  .onError(handleError);

export type App = typeof app;
