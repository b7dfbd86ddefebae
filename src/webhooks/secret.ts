import * as z from "zod";
import { fromBase64, toBase64 } from "../lib/base64";

/**
 * Webhook secrets in the Standard Webhooks format: `whsec_` then the standard base64 of the key
 * bytes. The HMAC key is the decoded bytes, not the text.
 */
const PREFIX = "whsec_";
const GENERATED_KEY_BYTES = 32;
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;

export const generateWebhookSecret = () =>
  PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(GENERATED_KEY_BYTES)));

export const webhookSecretKey = (secret: string): Uint8Array =>
  fromBase64(secret.slice(PREFIX.length));

/** The text form of 24 to 64 bytes, as the OpenAPI document states it too. */
const FORM = /^whsec_[A-Za-z0-9+/]{32,86}={0,2}$/;

function isWellFormed(secret: string): boolean {
  if (!FORM.test(secret)) return false;
  try {
    const length = webhookSecretKey(secret).length;
    return length >= MIN_KEY_BYTES && length <= MAX_KEY_BYTES;
  } catch {
    return false;
  }
}

export const WebhookSecret = z
  .string()
  .max(255)
  .refine(isWellFormed, {
    message: `must be whsec_ followed by the base64 of ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} random bytes`,
  })
  .meta({ pattern: FORM.source });
