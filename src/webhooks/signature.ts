import { toBase64 } from "../lib/base64";
import { webhookSecretKey } from "./secret";

const encoder = new TextEncoder();

/**
 * The Standard Webhooks `webhook-signature` value: `v1,<base64 HMAC-SHA256>` of
 * `{id}.{timestamp}.{body}` for each secret, space-separated, so a receiver holding either the
 * old or the new secret during a rotation finds a signature it can check.
 */
export async function signatureHeader(
  secrets: string[],
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const content = encoder.encode(`${id}.${timestamp}.${body}`);
  const signatures = await Promise.all(
    secrets.map(async (secret) => {
      const key = await crypto.subtle.importKey(
        "raw",
        webhookSecretKey(secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const mac = await crypto.subtle.sign("HMAC", key, content);
      return `v1,${toBase64(new Uint8Array(mac))}`;
    }),
  );
  return signatures.join(" ");
}

/** The headers of one delivery attempt; the timestamp is the attempt's, in Unix seconds. */
export async function signedHeaders(
  secrets: string[],
  id: string,
  body: string,
  now = new Date(),
): Promise<Record<string, string>> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "Content-Type": "application/json",
    "User-Agent": "tenant-control-plane-webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": await signatureHeader(secrets, id, timestamp, body),
  };
}
