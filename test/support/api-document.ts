import * as z from "zod";
import { callJson } from "./api-client";
import type { JsonSchema } from "./schema-arbitrary";

export type Operation = {
  method: string;
  path: string;
  operationId: string;
  parameters?: { name: string; in: string; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
  security: unknown[];
  /** Under a tenant: the least role the operation needs (`src/access/roles.ts`). */
  "x-required-role"?: "viewer" | "developer" | "admin" | "owner" | "platform_admin";
};

export type ApiDocument = {
  paths: Record<string, Record<string, Omit<Operation, "method" | "path">>>;
  components: { schemas: Record<string, JsonSchema> };
};

/**
 * A path parameter naming an item (`{tenant_id}`, `{id}`, `{delivery_id}`): isolation is about
 * these. Others (`{table}`, `{period}`) choose within a tenant's own data, like a query.
 */
export const isIdParam = (name: string) => name === "id" || name.endsWith("_id");

export async function loadDocument() {
  const { body } = await callJson<ApiDocument>("/openapi.json");
  const resolve = (ref: string) => {
    const schema = body.components.schemas[ref.split("/").at(-1) as string];
    if (!schema) throw new Error(`unresolved ${ref}`);
    return schema;
  };
  const operations: Operation[] = Object.entries(body.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
  );
  return { document: body, operations, resolve };
}

/** The schema with every `$ref` replaced by what it names (our schemas have no cycles). */
export function deref(schema: unknown, resolve: (ref: string) => JsonSchema): unknown {
  if (Array.isArray(schema)) return schema.map((s) => deref(s, resolve));
  if (schema === null || typeof schema !== "object") return schema;
  const { $ref, ...rest } = schema as Record<string, unknown>;
  if (typeof $ref === "string") return deref(resolve($ref), resolve);
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, deref(v, resolve)]));
}

export const jsonBodySchema = (op: Operation) =>
  op.requestBody?.content["application/json"]?.schema;

/** Each documented schema as zod checks it, converted once: the fuzzing checks thousands. */
const validators = new WeakMap<object, z.ZodType>();

function validatorOf(schema: JsonSchema, resolve: (ref: string) => JsonSchema) {
  let validator = validators.get(schema);
  if (!validator) {
    validator = z.fromJSONSchema(deref(schema, resolve) as never);
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * Checks a response against the operation's documentation: its status must be documented, and
 * a JSON body must match the documented schema. Returns what is wrong, or null.
 */
export async function undocumented(
  op: Operation,
  res: Response,
  resolve: (ref: string) => JsonSchema,
) {
  const documented = op.responses[String(res.status)];
  if (!documented) return `status ${res.status} is not documented for ${op.method} ${op.path}`;
  const schema = documented.content?.["application/json"]?.schema;
  if (!schema) return null;
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${op.method} ${op.path} ${res.status}: body is not JSON: ${text.slice(0, 200)}`;
  }
  const result = validatorOf(schema, resolve).safeParse(body);
  return result.success
    ? null
    : `${op.method} ${op.path} ${res.status}: ${JSON.stringify(result.error.issues.slice(0, 3))} in ${text.slice(0, 300)}`;
}
