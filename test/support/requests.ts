import { call, type Owner, type RequestOptions } from "./api-client";
import { jsonBodySchema, type Operation } from "./api-document";
import type { TenantWorld } from "./world";

/** A JSON body the document says `op` takes, valid for `world`; undefined for other bodies. */
export async function bodyFor(op: Operation, world: TenantWorld): Promise<unknown> {
  const schema = jsonBodySchema(op);
  return schema ? world.validBody(schema) : undefined;
}

/**
 * The request options for `op` as `owner`: a body the document says it takes (valid for
 * `world`), or `body` when given, so two requests can differ in their path alone.
 */
export async function operationOptions(
  op: Operation,
  owner: Owner,
  world: TenantWorld,
  body?: unknown,
): Promise<RequestOptions> {
  const schema = jsonBodySchema(op);
  if (schema) {
    return {
      method: op.method,
      token: owner.token,
      body: body ?? (await world.validBody(schema)),
    };
  }
  if (op.requestBody) {
    return {
      method: op.method,
      token: owner.token,
      body: "sample bytes",
      headers: world.uploadHeaders(op),
    };
  }
  return { method: op.method, token: owner.token };
}

/** `op` sent to `path` as `owner` through the Worker (see `operationOptions`). */
export async function sendOperation(
  op: Operation,
  path: string,
  owner: Owner,
  world: TenantWorld,
  body?: unknown,
) {
  return call(path, await operationOptions(op, owner, world, body));
}

export const tenantOperations = (operations: Operation[]) =>
  operations.filter((op) => op.path.startsWith("/v1/tenants/{tenant_id}"));
