import type { TenantRow } from "../db/schema";
import { decryptSecret, encryptSecret } from "../lib/secrets";
import type { TenantPatch } from "../tenants/queries";
import { generateWebhookSecret } from "./secret";

/** How long the secret replaced by a rotation keeps signing deliveries. */
export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

// The field names bind each ciphertext to its column (see lib/secrets.ts); "webhook_secret" is
// also the API field, which the tenant update encrypts under the same name.
type SecretField = "webhook_secret" | "webhook_previous_secret";

const contextOf = (tenantId: string, field: SecretField) => ({
  tenantId,
  table: "tenants",
  rowId: tenantId,
  field,
});

const COLUMN = {
  webhook_secret: "webhookSecretEnc",
  webhook_previous_secret: "webhookPreviousSecretEnc",
} as const satisfies Record<SecretField, keyof TenantRow>;

async function openSecret(keys: string, tenant: TenantRow, field: SecretField) {
  const sealed = tenant[COLUMN[field]];
  return sealed ? decryptSecret(keys, sealed, contextOf(tenant.id, field)) : null;
}

const sealSecret = (keys: string, tenantId: string, field: SecretField, secret: string) =>
  encryptSecret(keys, secret, contextOf(tenantId, field));

/** The secrets a delivery is signed with now: the current one, and the previous during its grace. */
export async function signingSecrets(
  keys: string,
  tenant: TenantRow,
  now = new Date(),
): Promise<string[]> {
  const expiresAt = tenant.webhookPreviousSecretExpiresAt;
  const inGrace = expiresAt !== null && expiresAt > now.toISOString();
  const secrets = [
    await openSecret(keys, tenant, "webhook_secret"),
    inGrace ? await openSecret(keys, tenant, "webhook_previous_secret") : null,
  ];
  return secrets.filter((secret): secret is string => secret !== null);
}

/**
 * A new current secret; the one it replaces signs alongside it until the grace period ends.
 * Only one previous secret is kept: rotating again within the grace period drops the older one.
 */
export async function rotateWebhookSecret(keys: string, tenant: TenantRow, now = new Date()) {
  const secret = generateWebhookSecret();
  const current = await openSecret(keys, tenant, "webhook_secret");
  const previousExpiresAt = current
    ? new Date(now.getTime() + ROTATION_GRACE_MS).toISOString()
    : null;
  const patch: TenantPatch = {
    webhookSecretEnc: await sealSecret(keys, tenant.id, "webhook_secret", secret),
    webhookPreviousSecretEnc: current
      ? await sealSecret(keys, tenant.id, "webhook_previous_secret", current)
      : null,
    webhookPreviousSecretExpiresAt: previousExpiresAt,
  };
  return { secret, previousExpiresAt, patch };
}
