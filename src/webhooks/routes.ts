import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import { insertActivityIfChanged, REDACTED } from "../activity/queries";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { updateTenantAtVersion } from "../tenants/queries";
import { roomForTestWebhook, testWebhookRateLimited } from "../tenants/quotas";
import { prepareEvent, sendDeliveries } from "./emit";
import { webhookNotConfigured } from "./errors";
import { insertDeliveryIf } from "./queries";
import { RotatedWebhookSecret, toDelivery, WebhookDelivery } from "./schemas";
import { rotateWebhookSecret } from "./tenant-secrets";

const tags = ["Webhooks"];

/** Mounted at `/v1/tenants/{tenant_id}`, behind `authorizeTenant`. */
export const webhookRoutes = new Hono<AppEnv>()
  .post(
    "/webhooks/test",
    describeRoute({
      tags,
      summary: "Send a test webhook",
      description:
        "Queues a signed `webhook.test` event to the tenant's webhook_url; follow it in the " +
        "delivery log. 409 when there is no webhook_url or `webhook.test` is not in webhook_events; " +
        "429 `rate_limited` past the plan's test webhooks per minute.",
      errors: ["webhook_not_configured", "event_not_subscribed"],
      responses: { 202: { description: "The queued delivery", schema: WebhookDelivery } },
    }),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      if (!tenant.webhookUrl) throw webhookNotConfigured();
      const delivery = prepareEvent(tenant, "webhook.test", {
        message: "A test event: the webhook endpoint is reachable and the signature verifies.",
      });
      // The test event goes to the webhook_url only, so only its own subscription counts.
      if (!delivery?.primary) {
        throw new ApiError(409, "event_not_subscribed", "webhook.test is not in webhook_events");
      }
      // The plan's rate is checked by the insert itself, so parallel requests cannot exceed it.
      const [[row]] = await db.batch([
        insertDeliveryIf(
          db,
          delivery,
          roomForTestWebhook(tenant.id, tenant.billingPlan),
        ).returning(),
        insertActivityIfChanged(db, actorOf(c), {
          tenantId: tenant.id,
          action: "webhook.test_sent",
          targetType: "webhook_delivery",
          targetId: delivery.id,
          changes: {},
        }),
      ]);
      if (!row) throw testWebhookRateLimited(tenant.billingPlan);
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
      return c.json(toDelivery(row), 202);
    },
  )
  .post(
    "/webhook-secret/rotate",
    describeRoute({
      tags,
      summary: "Rotate the webhook secret",
      description:
        "Generates a new `whsec_` secret and returns it this once. For 24 hours deliveries carry " +
        "two signatures, space-separated in `webhook-signature`: one by the new secret, one by " +
        "the previous, so receivers can switch without losing events.",
      errors: ["conflict"],
      responses: { 200: { description: "The new secret", schema: RotatedWebhookSecret } },
    }),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const { secret, previousExpiresAt, patch } = await rotateWebhookSecret(
        c.env.ENCRYPTION_KEYS,
        tenant,
      );
      const delivery = prepareEvent({ ...tenant, ...patch }, "tenant.updated", {
        changed_fields: ["webhook_secret"],
      });
      const change = { from: tenant.webhookSecretEnc === null ? null : REDACTED, to: REDACTED };
      const updated = await updateTenantAtVersion(
        db,
        actorOf(c),
        tenant,
        patch,
        { action: "tenant.webhook_secret_rotated", changes: { webhook_secret: change } },
        delivery,
      );
      if (!updated) {
        throw new ApiError(409, "conflict", "The tenant is being changed concurrently; try again");
      }
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, [delivery]);
      return c.json({ webhook_secret: secret, previous_secret_expires_at: previousExpiresAt });
    },
  );
