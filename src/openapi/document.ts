import type { RouterRoute } from "hono/types";
import type { ZodType } from "zod";
import * as z from "zod";
import { ErrorBody, ValidationErrorBody } from "./common";
import { type Documented, nameOf, ROUTE_DOC, type RouteDoc } from "./route-doc";

type JsonSchema = Record<string, unknown>;
type Io = "input" | "output";

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request (for example invalid JSON)",
  401: "Missing, invalid or expired token",
  403: "Not allowed",
  404: "Not found (another tenant's resources answer 404 too)",
  409: "Conflict with the resource's current state",
  411: "Content-Length required",
  412: "If-Match does not match the current ETag",
  413: "Body too large",
  415: "Content-Type not supported",
  416: "Range not satisfiable",
  422: "Validation failed",
  429: "Limit reached",
};

function schemaConverter(components: Record<string, JsonSchema>) {
  const convert = (schema: ZodType, io: Io): JsonSchema => {
    const { $schema: _, ...json } = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      unrepresentable: "any",
    }) as JsonSchema;
    return json;
  };
  return (schema: ZodType, io: Io): JsonSchema => {
    const name = nameOf(schema);
    if (!name) return convert(schema, io);
    components[name] ??= convert(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };
}

const toOpenApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}");

const operationId = (method: string, path: string) =>
  [method.toLowerCase(), ...path.split("/").filter(Boolean)]
    .join("_")
    .replace(/[{}:]/g, "")
    .replace(/-/g, "_");

function buildOperation(
  method: string,
  path: string,
  doc: RouteDoc,
  toSchema: ReturnType<typeof schemaConverter>,
) {
  const auth = doc.auth !== false;
  const parameters: JsonSchema[] = [];
  const pathSchema = doc.params
    ? (toSchema(doc.params, "input").properties as Record<string, JsonSchema>)
    : {};
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({
      name,
      in: "path",
      required: true,
      schema: pathSchema[name as string] ?? { type: "string" },
    });
  }
  if (doc.query) {
    const query = toSchema(doc.query, "input") as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({
        name,
        in: "query",
        required: query.required?.includes(name) ?? false,
        schema,
      });
    }
  }
  for (const header of doc.headers ?? []) {
    parameters.push({
      name: header.name,
      in: "header",
      required: header.required ?? false,
      description: header.description,
      schema: { type: "string" },
    });
  }

  const errors = new Set(doc.errors ?? []);
  if (auth) errors.add(401);
  // Every route under a tenant: another tenant's id is a 404, and the per-tenant rate limit applies.
  if (path.includes("{tenant_id}")) for (const status of [404, 429]) errors.add(status);
  if (doc.body) for (const status of [400, 413, 415, 422]) errors.add(status);
  if (doc.query || doc.params) errors.add(422);

  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(doc.responses ?? {})) {
    responses[status] = {
      description: response.description,
      ...(response.schema && {
        content: {
          [response.contentType ?? "application/json"]: {
            schema: toSchema(response.schema, "output"),
          },
        },
      }),
    };
  }
  for (const status of [...errors].sort()) {
    responses[status] = {
      description: STATUS_TEXT[status] ?? "Error",
      content: {
        "application/json": {
          schema: toSchema(status === 422 ? ValidationErrorBody : ErrorBody, "output"),
        },
      },
    };
  }

  return {
    operationId: operationId(method, path),
    ...(doc.summary && { summary: doc.summary }),
    ...(doc.description && { description: doc.description }),
    ...(doc.tags && { tags: doc.tags }),
    ...(parameters.length > 0 && { parameters }),
    ...(doc.body && {
      requestBody: {
        required: true,
        ...(doc.body.description && { description: doc.body.description }),
        content: {
          [doc.body.contentType ?? "application/json"]: {
            schema: toSchema(doc.body.schema, "input"),
          },
        },
      },
    }),
    responses,
    security: auth ? [{ bearerAuth: [] }] : [],
  };
}

/**
 * The OpenAPI 3.1 document, read off the app's registered routes: each route's `describeRoute`
 * and validators carry the zod schemas that also validate its requests.
 */
export function buildOpenApiDocument(registered: RouterRoute[]) {
  const routes = new Map<string, { method: string; path: string; doc: RouteDoc }>();
  for (const route of registered) {
    if (route.method === "ALL") continue;
    const path = toOpenApiPath(route.path);
    const key = `${route.method} ${path}`;
    const entry = routes.get(key) ?? { method: route.method, path, doc: {} };
    const doc = (route.handler as Documented)[ROUTE_DOC];
    if (doc) entry.doc = { ...entry.doc, ...doc };
    routes.set(key, entry);
  }

  const components: Record<string, JsonSchema> = {};
  const toSchema = schemaConverter(components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, path, doc } of routes.values()) {
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[method.toLowerCase()] = buildOperation(
      method,
      path,
      doc,
      toSchema,
    );
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Tenant control plane API",
      version: "1.0.0",
      description:
        "Tenants of a voice-AI assistant platform: signup, organization setup, usage limits, " +
        "owned resources and permanent deletion. Errors are `{detail, code}`; validation errors " +
        "are `{detail: [{loc, msg, type}]}`. Every response carries `X-D1-Bookmark`; send it " +
        "back on the next request to read your own writes when reads are served by replicas.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
