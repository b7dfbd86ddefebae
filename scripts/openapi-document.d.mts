/** The OpenAPI document the app serves at `GET /openapi.json`. */
export function requestOpenApiDocument(): Promise<Record<string, unknown>>;
