/**
 * The Worker's bindings. Secrets are not in wrangler.toml, so `wrangler types` cannot see them.
 * A module of its own, importing nothing, so the cells' configuration can name the bindings
 * without importing the request's environment (src/env.ts), which names the cells.
 */
export type Bindings = CloudflareBindings & {
  JWT_SECRET: string;
  /** Keyring `kid:base64key,kid:base64key`; the first key is current. */
  ENCRYPTION_KEYS: string;
  /** HMAC key of stored credentials: API keys, refresh tokens, invitations. */
  CREDENTIAL_HASH_KEY: string;
  /** The audit checkpoints' Ed25519 signing key, `<x>.<d>` (src/audit/signing.ts). */
  AUDIT_SIGNING_KEY: string;
  /** In development only, a lower PBKDF2 work factor for new password hashes (src/auth/password.ts). */
  PASSWORD_ITERATIONS: string | undefined;
};
