import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { pageOf, toPage } from "../lib/pagination";
import { noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { findEndpoint } from "../webhook-endpoints/queries";
import { sendDeliveries } from "../webhooks/emit";
import { webhookNotConfigured } from "../webhooks/errors";
import { findDelivery, listAttempts, listDeliveries, reopenDelivery } from "../webhooks/queries";
import {
  DeliveryIdParam,
  DeliveryQuery,
  toDelivery,
  toDeliveryDetail,
  WebhookDelivery,
  WebhookDeliveryDetail,
} from "../webhooks/schemas";

const tags = ["Webhooks"];
const deliveryNotFound = () => notFound("Webhook delivery");

/** Mounted at `/v1/tenants/{tenant_id}/webhook-deliveries`, behind `authorizeTenant`. */
export const webhookDeliveryRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List webhook deliveries",
      description:
        "Every event sent or being sent to the tenant's webhook endpoints (one delivery per " +
        "endpoint, `endpoint_id` saying which; `primary`: the webhook_url), newest first: its status, " +
        "attempts so far, the last answer's status code and latency, the next retry, the error.",
      responses: { 200: { description: "A page of deliveries", schema: pageOf(WebhookDelivery) } },
    }),
    queryParams(DeliveryQuery),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listDeliveries(c.get("db"), c.get("tenant").id, query);
      return c.json(toPage(rows, query.limit, toDelivery));
    },
  )
  .get(
    "/:delivery_id",
    describeRoute({
      tags,
      summary: "Get a webhook delivery",
      description: "The delivery, the event body it sends, and a log line for every attempt.",
      responses: { 200: { description: "The delivery", schema: WebhookDeliveryDetail } },
    }),
    pathParams(DeliveryIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenantId = c.get("tenant").id;
      const delivery = await findDelivery(db, c.req.valid("param").delivery_id, tenantId);
      if (!delivery) throw deliveryNotFound();
      return c.json(toDeliveryDetail(delivery, await listAttempts(db, tenantId, delivery.id)));
    },
  )
  .post(
    "/:delivery_id/redeliver",
    describeRoute({
      tags,
      summary: "Redeliver a webhook",
      description:
        "Sends a finished delivery (succeeded or failed) again, with the same `webhook-id` so " +
        "receivers can recognise it, and a fresh series of attempts. 409 while it is pending, " +
        "when the tenant has no webhook_url, or when its endpoint is deleted or disabled.",
      errors: ["webhook_not_configured", "delivery_pending"],
      responses: { 202: { description: "The delivery, pending again", schema: WebhookDelivery } },
    }),
    pathParams(DeliveryIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const delivery = await findDelivery(db, c.req.valid("param").delivery_id, tenant.id);
      if (!delivery) throw deliveryNotFound();
      if (delivery.endpointId) {
        const endpoint = await findEndpoint(db, tenant.id, delivery.endpointId);
        if (!endpoint?.enabled) {
          throw new ApiError(
            409,
            "webhook_not_configured",
            "The delivery's webhook endpoint is deleted or disabled",
          );
        }
      } else if (!tenant.webhookUrl) throw webhookNotConfigured();
      const reopened = await reopenDelivery(db, actorOf(c), delivery);
      if (!reopened) {
        throw new ApiError(409, "delivery_pending", "The delivery is still pending");
      }
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [reopened]);
      return c.json(toDelivery(reopened), 202);
    },
  );
