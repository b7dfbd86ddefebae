import { decryptSecret, encryptSecret, type SecretContext } from "../lib/secrets";

// The row is named by its key within the tenant, as the key-rotation pass names it.
const contextOf = (tenantId: string, key: string): SecretContext => ({
  tenantId,
  table: "idempotency_keys",
  rowId: key,
  field: "response_body",
});

/** A stored response body is sealed like any secret: a response may show one once. */
export const sealResponseBody = (keys: string, tenantId: string, key: string, body: string) =>
  encryptSecret(keys, body, contextOf(tenantId, key));

export const openResponseBody = (keys: string, tenantId: string, key: string, sealed: string) =>
  decryptSecret(keys, sealed, contextOf(tenantId, key));
