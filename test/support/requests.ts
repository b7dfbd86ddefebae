import { call, type Owner } from "../helpers";
import { jsonBodySchema, type Operation } from "./api-document";
import type { TenantWorld } from "./world";

/** A JSON body the document says `op` takes, valid for `world`; undefined for other bodies. */
export async function bodyFor(op: Operation, world: TenantWorld): Promise<unknown> {
  const schema = jsonBodySchema(op);
  return schema ? world.validBody(schema) : undefined;
}

/**
 * `op` sent to `path` as `owner`, with a body the document says it takes (valid for `world`),
 * or with `body` when given, so two requests can differ in their path alone.
 */
export async function sendOperation(
  op: Operation,
  path: string,
  owner: Owner,
  world: TenantWorld,
  body?: unknown,
) {
  const schema = jsonBodySchema(op);
  if (schema) {
    return call(path, {
      method: op.method,
      token: owner.token,
      body: body ?? (await world.validBody(schema)),
    });
  }
  if (op.requestBody) {
    return call(path, {
      method: op.method,
      token: owner.token,
      body: "sample bytes",
      headers: world.uploadHeaders(op),
    });
  }
  return call(path, { method: op.method, token: owner.token });
}

export const tenantOperations = (operations: Operation[]) =>
  operations.filter((op) => op.path.startsWith("/v1/tenants/{tenant_id}"));
