import createOpenApiClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths, webhooks } from "./api";
import { serializeBody } from "./body";

export type { ClientOptions } from "openapi-fetch";
export type { components, operations, paths, webhooks } from "./api";

/** The JSON body of each webhook event, by its type: what a receiver's handler is handed. */
export type WebhookEvents = {
  [T in keyof webhooks]: NonNullable<
    webhooks[T]["post"]["requestBody"]
  >["content"]["application/json"];
};

/** Any webhook event: narrow it by its `type`. */
export type WebhookEvent = WebhookEvents[keyof WebhookEvents];

export type ApiClient = Client<paths>;

/**
 * A client for the API: every path, parameter, body and answer typed from its OpenAPI document.
 * Bodies go out as their type says (`serializeBody`): an upload's `Blob` as its bytes.
 */
export const createClient = (options?: ClientOptions): ApiClient =>
  createOpenApiClient<paths>({ bodySerializer: serializeBody, ...options });
