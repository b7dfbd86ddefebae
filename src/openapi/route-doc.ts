import type { MiddlewareHandler } from "hono";
import type { ZodType } from "zod";

/** Where a route's documentation is attached: a property on the route's middleware. */
export const ROUTE_DOC = Symbol.for("tenant-api.route-doc");

export type ResponseDoc = { description: string; schema?: ZodType; contentType?: string };

export type RouteDoc = {
  summary?: string;
  description?: string;
  tags?: string[];
  /** Bearer token required; true unless a route says otherwise. */
  auth?: boolean;
  /** Error statuses this route can answer besides the ones implied by auth and validation. */
  errors?: number[];
  responses?: Record<number, ResponseDoc>;
  body?: { schema: ZodType; contentType?: string; description?: string };
  query?: ZodType;
  params?: ZodType;
  headers?: { name: string; description: string; required?: boolean }[];
};

export type Documented = { [ROUTE_DOC]?: RouteDoc };

export function attachDoc<M extends MiddlewareHandler>(middleware: M, doc: RouteDoc): M {
  return Object.assign(middleware, { [ROUTE_DOC]: doc });
}

/** A pass-through middleware that carries the route's summary, tags and responses. */
export function describeRoute(doc: RouteDoc): MiddlewareHandler {
  return attachDoc(async function describeRoute(_c, next) {
    await next();
  }, doc);
}

/** Named schemas land in `components.schemas` and are referenced from operations. */
const schemaNames = new WeakMap<ZodType, string>();
export function named<T extends ZodType>(name: string, schema: T): T {
  schemaNames.set(schema, name);
  return schema;
}
export const nameOf = (schema: ZodType) => schemaNames.get(schema);
