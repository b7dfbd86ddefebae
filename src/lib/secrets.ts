import { fromBase64, toBase64Url } from "./base64";
import { oncePerKey } from "./once";

/**
 * Secrets at rest: AES-256-GCM with a fresh 96-bit IV per value, stored as
 * `v1.<kid>.<iv>.<ciphertext>`. The additional data names the tenant, table, row and field,
 * so a ciphertext copied anywhere else fails to decrypt.
 */
export type SecretContext = { tenantId: string; table: string; rowId: string; field: string };

type Keyring = { current: string; keys: Map<string, CryptoKey> };

export class KeyringError extends Error {}

async function loadKeyring(config: string): Promise<Keyring> {
  const entries = config
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new KeyringError("ENCRYPTION_KEYS is empty");
  const keys = new Map<string, CryptoKey>();
  for (const entry of entries) {
    const [kid, material] = entry.split(":");
    if (!kid || !material || !/^[\w-]+$/.test(kid)) {
      throw new KeyringError("ENCRYPTION_KEYS entries must be kid:base64key");
    }
    const raw = fromBase64(material);
    if (raw.length !== 32) throw new KeyringError(`key ${kid} is not 256 bits`);
    keys.set(
      kid,
      await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]),
    );
  }
  return { current: entries[0]?.split(":")[0] as string, keys };
}

// Importing keys is costly; one keyring per isolate for each ENCRYPTION_KEYS value.
export const keyring = oncePerKey(loadKeyring);

const additionalData = (ctx: SecretContext) =>
  new TextEncoder().encode(`${ctx.tenantId}/${ctx.table}/${ctx.rowId}/${ctx.field}`);

export async function encryptSecret(config: string, plaintext: string, ctx: SecretContext) {
  const ring = await keyring(config);
  const key = ring.keys.get(ring.current) as CryptoKey;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: additionalData(ctx) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return `v1.${ring.current}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
}

export class DecryptionError extends Error {}

export async function decryptSecret(config: string, stored: string, ctx: SecretContext) {
  const [version, kid, iv, sealed] = stored.split(".");
  if (version !== "v1" || !kid || !iv || !sealed) throw new DecryptionError("unknown format");
  const key = (await keyring(config)).keys.get(kid);
  if (!key) throw new DecryptionError(`key ${kid} is not in the keyring`);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(iv), additionalData: additionalData(ctx) },
      key,
      fromBase64(sealed),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new DecryptionError("ciphertext does not match its key or context");
  }
}

/** The key id a stored value was sealed with, for re-encryption passes. */
export const keyIdOf = (stored: string) => stored.split(".")[1];
