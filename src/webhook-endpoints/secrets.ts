import type { WebhookEndpointRow } from "../db/schema";
import { decryptSecret, encryptSecret } from "../lib/secrets";
import { generateWebhookSecret } from "../webhooks/secret";
import { ROTATION_GRACE_MS } from "../webhooks/tenant-secrets";

// The field names bind each ciphertext to its column (`secret_enc`, `previous_secret_enc`), as
// the re-encryption pass derives them (src/encryption/reencrypt.ts).
type SecretField = "secret" | "previous_secret";

const contextOf = (endpoint: Pick<WebhookEndpointRow, "id" | "tenantId">, field: SecretField) => ({
  tenantId: endpoint.tenantId,
  table: "webhook_endpoints",
  rowId: endpoint.id,
  field,
});

/** A new endpoint's secret, and its ciphertext for the row. */
export async function newEndpointSecret(
  keys: string,
  endpoint: Pick<WebhookEndpointRow, "id" | "tenantId">,
) {
  const secret = generateWebhookSecret();
  return { secret, secretEnc: await encryptSecret(keys, secret, contextOf(endpoint, "secret")) };
}

/** The secrets a delivery to the endpoint is signed with: the current one, and the previous during its grace. */
export async function endpointSigningSecrets(
  keys: string,
  endpoint: WebhookEndpointRow,
  now = new Date(),
): Promise<string[]> {
  const current = await decryptSecret(keys, endpoint.secretEnc, contextOf(endpoint, "secret"));
  const expiresAt = endpoint.previousSecretExpiresAt;
  const inGrace = expiresAt !== null && expiresAt > now.toISOString();
  if (!inGrace || !endpoint.previousSecretEnc) return [current];
  const previous = await decryptSecret(
    keys,
    endpoint.previousSecretEnc,
    contextOf(endpoint, "previous_secret"),
  );
  return [current, previous];
}

/**
 * A new current secret for the endpoint; the one it replaces signs alongside it for the same
 * grace as the tenant's own secret. Rotating again within the grace drops the older one.
 */
export async function rotateEndpointSecret(
  keys: string,
  endpoint: WebhookEndpointRow,
  now = new Date(),
) {
  const current = await decryptSecret(keys, endpoint.secretEnc, contextOf(endpoint, "secret"));
  const { secret, secretEnc } = await newEndpointSecret(keys, endpoint);
  const previousSecretExpiresAt = new Date(now.getTime() + ROTATION_GRACE_MS).toISOString();
  return {
    secret,
    patch: {
      secretEnc,
      previousSecretEnc: await encryptSecret(keys, current, contextOf(endpoint, "previous_secret")),
      previousSecretExpiresAt,
    },
  };
}
