export const WEBHOOK_EVENT_TYPES = [
  "tenant.updated",
  "tenant.deletion_started",
  "tenant.deleted",
  "call.started",
  "call.ended",
  "webhook.test",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
