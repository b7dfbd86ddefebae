import { toHex } from "./hex";
import { oncePerKey } from "./once";

const hmacKey = oncePerKey((secret: string) =>
  crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  ),
);

/**
 * HMAC-SHA256 of `value` under `secret`, as hex: how credentials are stored (API keys, refresh
 * tokens, invitations), so a copy of the database alone cannot be turned back into one.
 */
export async function keyedHash(secret: string, value: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    new TextEncoder().encode(value),
  );
  return toHex(mac);
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `bytes` random bytes as base62: 32 bytes make 43 characters, 256 bits. */
export function randomBase62(bytes = 32): string {
  let value = 0n;
  for (const byte of crypto.getRandomValues(new Uint8Array(bytes))) {
    value = (value << 8n) | BigInt(byte);
  }
  let text = "";
  const length = Math.ceil((bytes * 8) / Math.log2(62));
  for (let i = 0; i < length; i++) {
    text = BASE62[Number(value % 62n)] + text;
    value /= 62n;
  }
  return text;
}
