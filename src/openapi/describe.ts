import type { RouterRoute } from "hono/types";
import {
  type DescribeRouteOptions,
  describeRoute as describeOperation,
  resolver,
} from "hono-openapi";
import type { ZodType } from "zod";
import type { CredentialCheck } from "../access/credentials";
import type { TenantRole } from "../access/roles";
import type { ErrorCode } from "../error-codes";
import { CREDENTIAL_REQUIRED } from "./credential";
import { type HeaderParameter, headerRef, type ResponseHeader } from "./headers";

export type ResponseDoc = {
  description: string;
  /** A JSON body. */
  schema?: ZodType;
  /** Bodies of other media types: media type → schema. */
  content?: Record<string, ZodType>;
  headers?: ResponseHeader[];
};

export type RouteDoc = {
  summary: string;
  description?: string;
  tags: string[];
  /** Bearer token required; true unless a route says otherwise. */
  auth?: boolean;
  /** Codes this route can answer besides the ones its auth, validation and tenant imply. */
  errors?: ErrorCode[];
  /** The successes, and answers without a body such as 304. */
  responses: Record<number, ResponseDoc>;
  /** A body no validator reads (uploads): media type → schema. */
  body?: { description: string; content: Record<string, ZodType> };
  /** Request headers the route reads. */
  headers?: HeaderParameter[];
  /** Answers while the tenant is being deleted: mounted apart from `authorizeTenant`. */
  duringDeletion?: boolean;
  /**
   * Under a tenant, the least role the route needs (`src/access/roles.ts`); unless told, a read
   * needs a viewer and a write a developer.
   */
  role?: RouteRole;
  /**
   * Where the route's credential is verified (src/access/gate.ts): unless told, in the tenant's
   * own statement under a tenant, and by the route on its own session elsewhere.
   */
  credential?: CredentialCheck;
};

/** A route's least role: one of a tenant's, or the platform's admins alone. */
export type RouteRole = TenantRole | "platform_admin";

/** Where a route's declared role travels to the one authorization middleware. */
export const REQUIRED_ROLE = Symbol("required role");

/** Where a route's declared credential check travels to the one gate. */
export const CREDENTIAL_CHECK = Symbol("credential check");

/** Where a route's declared extras travel to `buildOpenApiDocument`, which removes them. */
export const ROUTE_EXTRAS = "x-route-extras";

export type RouteExtras = Required<Pick<RouteDoc, "auth" | "errors" | "duringDeletion">> & {
  role: RouteRole | null;
  credential: CredentialCheck | null;
};

/** A response's schema in its output form: what the API sends. */
const sent = (schema: ZodType) => resolver(schema, { options: { io: "output" } });

const contentOf = (
  schemas: Record<string, ZodType>,
  as: (schema: ZodType) => ReturnType<typeof resolver>,
) =>
  Object.fromEntries(
    Object.entries(schemas).map(([type, schema]) => [type, { schema: as(schema) }]),
  );

/** `get /v1/tenants/:tenant_id` → `get_v1_tenants_tenant_id` */
export const operationIdOf = (route: Pick<RouterRoute, "method" | "path">) =>
  `${route.method}_${route.path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

/**
 * The route's OpenAPI operation, for hono-openapi: summary, success responses and the codes it
 * adds; the error responses its auth, validation and tenant imply are added from these extras
 * when the document is built.
 */
export function describeRoute(doc: RouteDoc) {
  const responses = Object.fromEntries(
    Object.entries(doc.responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.headers && {
          headers: Object.fromEntries(response.headers.map((name) => [name, headerRef(name)])),
        }),
        ...((response.schema || response.content) && {
          content: contentOf(
            {
              ...(response.schema && { "application/json": response.schema }),
              ...response.content,
            },
            sent,
          ),
        }),
      },
    ]),
  );
  const extras: RouteExtras = {
    auth: doc.auth ?? true,
    errors: doc.errors ?? [],
    duringDeletion: doc.duringDeletion ?? false,
    role: doc.role ?? null,
    credential: doc.credential ?? null,
  };
  const middleware = describeOperation({
    operationId: operationIdOf,
    summary: doc.summary,
    ...(doc.description && { description: doc.description }),
    tags: doc.tags,
    ...(doc.headers && { parameters: doc.headers }),
    ...(doc.body && {
      requestBody: {
        required: true,
        description: doc.body.description,
        content: contentOf(doc.body.content, (schema) => resolver(schema)),
      },
    }),
    responses,
    [ROUTE_EXTRAS]: extras,
  } as DescribeRouteOptions);
  return Object.assign(middleware, {
    [REQUIRED_ROLE]: doc.role,
    [CREDENTIAL_CHECK]: doc.credential,
    [CREDENTIAL_REQUIRED]: extras.auth,
  });
}
