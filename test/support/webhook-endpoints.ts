import { Webhook } from "standardwebhooks";
import { callJson, type Owner, tenantPath } from "./api-client";
import { consume, type ReceivedRequest } from "./webhooks";

export type EndpointBody = {
  id: string;
  url: string;
  events: string[] | null;
  enabled: boolean;
  primary: boolean;
  disabled_reason: string | null;
  failing_since: string | null;
};

/** `POST …/webhook-endpoints` as the owner, the response as it is. */
export const postEndpoint = (owner: Owner, body: Record<string, unknown>) =>
  callJson<EndpointBody & { secret: string }>(tenantPath(owner.tenantId, "/webhook-endpoints"), {
    method: "POST",
    token: owner.token,
    body,
  });

/** A new endpoint of the owner's tenant, with its secret; fails the test if refused. */
export async function createEndpoint(owner: Owner, body: Record<string, unknown>) {
  const res = await postEndpoint(owner, body);
  if (res.status !== 201) throw new Error(`endpoint: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Runs the consumer on every queued message, the ones it queues itself included (an event's
 * message sends each endpoint's delivery on as its own), first attempts only, until none is left.
 */
export async function drainQueued(queued: string[], tenantId: string) {
  for (let next = 0; next < queued.length; next++) {
    await consume(queued[next] as string, 1, "webhook-deliveries", tenantId);
  }
}

/**
 * The event types each receiver URL got, in order, after checking every request's signature
 * with the Standard Webhooks library and the secret of its URL: a request that does not verify
 * fails the test.
 */
export function verifiedTypesByUrl(received: ReceivedRequest[], secrets: Record<string, string>) {
  const byUrl: Record<string, string[]> = {};
  for (const request of received) {
    const secret = secrets[request.url];
    if (!secret) throw new Error(`a request to an unknown receiver: ${request.url}`);
    const event = new Webhook(secret).verify(request.body, request.headers) as { type: string };
    byUrl[request.url] = [...(byUrl[request.url] ?? []), event.type];
  }
  return byUrl;
}
