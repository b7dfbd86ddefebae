import { call, type Owner } from "../helpers";
import { jsonBodySchema, type Operation } from "./api-document";
import type { TenantWorld } from "./world";

/** `op` sent to `path` as `owner`, with a body the document says it takes (valid for `world`). */
export async function sendOperation(op: Operation, path: string, owner: Owner, world: TenantWorld) {
  const schema = jsonBodySchema(op);
  if (schema) {
    return call(path, {
      method: op.method,
      token: owner.token,
      body: await world.validBody(schema),
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
