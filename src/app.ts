import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { authorizeTenant } from "./access/authorize-tenant";
import { activityRoutes } from "./activity/routes";
import { adminRoutes } from "./admin/routes";
import { agentRoutes } from "./agents/routes";
import { analyticsRoutes } from "./analytics/routes";
import { apiKeyRoutes } from "./api-keys/routes";
import { archiveRoutes } from "./archive/routes";
import { auditRoutes } from "./audit/routes";
import { authRoutes } from "./auth/routes";
import { callRoutes } from "./calls/routes";
import { deletionRoutes } from "./deletion/routes";
import { encryptionRoutes } from "./encryption/routes";
import type { AppEnv, TenantIdEnv } from "./env";
import { exportRoutes } from "./export/routes";
import { fileRoutes } from "./files/routes";
import { idempotency } from "./idempotency/middleware";
import { integrationRoutes } from "./integrations/routes";
import { acceptInvitationRoutes } from "./invitations/routes";
import { memberRoutes } from "./members/routes";
import { metaRoutes } from "./meta/routes";
import { authenticate } from "./middleware/authenticate";
import { wellFormedContentLength } from "./middleware/content-length";
import { cors } from "./middleware/cors";
import { database } from "./middleware/database";
import { handleError } from "./middleware/error-handler";
import { notFoundOrMethodNotAllowed, routeRequired } from "./middleware/method-not-allowed";
import { apiRateLimit } from "./middleware/rate-limit";
import { requestLog } from "./middleware/request-log";
import { moveRoutes } from "./moves/routes";
import { recordingRoutes } from "./recordings/routes";
import { sessionRoutes } from "./sessions/routes";
import { sipTrunkRoutes } from "./sip-trunks/routes";
import { squadRoutes } from "./squads/routes";
import { memberGrantRoutes } from "./subaccount-grants/routes";
import { subaccountRoutes } from "./subaccounts/routes";
import { parentRoutes } from "./tenant-parent/routes";
import { tenantRoutes } from "./tenants/routes";
import { usageRoutes } from "./usage/routes";
import { usageAlertRoutes } from "./usage-alerts/routes";
import { webhookDeliveryRoutes } from "./webhook-deliveries/routes";
import { webhookEndpointRoutes } from "./webhook-endpoints/routes";
import { webhookRoutes } from "./webhooks/routes";
import { workflowRoutes } from "./workflows/routes";

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
  .route("/usage-alerts", usageAlertRoutes)
  .route("/analytics", analyticsRoutes)
  .route("/", webhookRoutes)
  .route("/webhook-deliveries", webhookDeliveryRoutes)
  .route("/webhook-endpoints", webhookEndpointRoutes)
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

export const app = api.route("/", metaRoutes).notFound(notFound).onError(handleError);

export type App = typeof app;
