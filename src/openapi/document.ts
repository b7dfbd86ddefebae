import type { Hono } from "hono";
import { type GenerateSpecOptions, generateSpecs, loadVendor } from "hono-openapi";
import type { ZodType } from "zod";
import type { AppEnv } from "../env";
import { ErrorBody, ValidationErrorBody } from "./common";
import { ROUTE_EXTRAS, type RouteExtras } from "./describe";
import { RESPONSE_HEADERS } from "./headers";
import { completeOperation, type Operation } from "./implied";
import { webhookOperations } from "./webhooks";
import { nameInputForms, type SchemaContext, zodToOpenApi } from "./zod-schemas";

// Our zod conversion: named schemas as `$ref`s, requests in their input form, responses in their
// output form. Registered for zod, so what it is handed is a zod schema.
loadVendor("zod", {
  toOpenAPISchema: (schema, context) =>
    zodToOpenApi(schema as unknown as ZodType, context as SchemaContext),
});

const INFO = {
  title: "Tenant control plane API",
  version: "1.0.0",
  description:
    "Tenants of a voice-AI assistant platform: signup, organization setup, usage limits, " +
    "owned resources and permanent deletion. Errors are `{detail, code}` with `code` from a " +
    "closed list (`ErrorCode`); validation errors are `{detail: [{loc, msg, type}], code: " +
    '"validation_failed"}`. Every response carries `X-Request-Id` and, once the database was ' +
    "read, `X-D1-Bookmark`: send it back on the next request to read your own writes when " +
    "reads are served by replicas.",
  license: { name: "MIT", identifier: "MIT" },
};

type Components = NonNullable<GenerateSpecOptions["documentation"]["components"]>;

type Paths = Record<string, Record<string, Operation & { [ROUTE_EXTRAS]?: RouteExtras }>>;

/**
 * The OpenAPI 3.1 document, read off the app's registered routes by hono-openapi: each route's
 * `describeRoute` and validators carry the zod schemas that also validate its requests. Then each
 * operation gets what its place implies (`completeOperation`).
 */
export async function buildOpenApiDocument(app: Hono<AppEnv>) {
  const schemas: SchemaContext = { components: {}, options: { io: "output" } };
  zodToOpenApi(ErrorBody, schemas);
  zodToOpenApi(ValidationErrorBody, schemas);
  const generated = await generateSpecs(app, {
    documentation: {
      info: INFO,
      servers: [{ url: "/" }],
      // Our JSON Schemas, which openapi-types spells more narrowly than JSON Schema does.
      components: {
        schemas: schemas.components.schemas,
        headers: RESPONSE_HEADERS,
        securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      } as Components,
    },
    excludeStaticFile: false,
    excludeMethods: ["OPTIONS", "HEAD"],
    defaultValidationErrorResponse: false,
  });
  const paths = generated.paths as Paths;
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, { [ROUTE_EXTRAS]: extras, ...op }] of Object.entries(methods)) {
      if (!extras) throw new Error(`${method} ${path} has no describeRoute`);
      methods[method] = completeOperation(op, { method: method.toUpperCase(), path, extras });
    }
  }
  const { openapi, info, servers, components = {} } = generated;
  const webhooks = webhookOperations(components as SchemaContext["components"]);
  return nameInputForms({ openapi, info, servers, paths, webhooks, components });
}
