import createOpenApiClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./api";

export type { ClientOptions } from "openapi-fetch";
export type { components, operations, paths } from "./api";

export type ApiClient = Client<paths>;

/** A client for the API: every path, parameter, body and answer typed from its OpenAPI document. */
export const createClient = (options?: ClientOptions): ApiClient =>
  createOpenApiClient<paths>(options);
