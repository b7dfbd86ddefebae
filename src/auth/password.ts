// Self-contained (no imports) so the operator script can run it under plain Node.

// Workers cap PBKDF2 at 100,000 iterations.
export const ITERATIONS = 100_000;
const SCHEME = "pbkdf2-sha256";

/**
 * The work factor of new hashes: ITERATIONS, but in development, where `PASSWORD_ITERATIONS` may
 * set a lower one (the tests' runtime does: it makes thousands of accounts). Every hash carries
 * its own count, so hashes of either verify everywhere.
 */
export function passwordIterations(env: { ENVIRONMENT?: string; PASSWORD_ITERATIONS?: string }) {
  const lower = Number(env.PASSWORD_ITERATIONS);
  const allowed = env.ENVIRONMENT === "development" && Number.isInteger(lower) && lower > 0;
  return allowed ? Math.min(lower, ITERATIONS) : ITERATIONS;
}

const encode = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const decode = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(password),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

/** `pbkdf2-sha256$<iterations>$<salt>$<hash>`, base64; the parameters travel with the hash. */
export async function hashPassword(password: string, iterations = ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return `${SCHEME}$${iterations}$${encode(salt)}$${encode(hash)}`;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split("$");
  if (scheme !== SCHEME || !iterations || !salt || !hash) return false;
  const candidate = await derive(password, decode(salt), Number(iterations));
  return constantTimeEqual(candidate, decode(hash));
}

// Verified against when the email is unknown, so both failures take the same time: the work
// factor of the hashes made now.
const dummyHash = (iterations: number) =>
  `${SCHEME}$${iterations}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;

export async function verifyPasswordOrDummy(
  password: string,
  stored: string | undefined,
  iterations = ITERATIONS,
) {
  const ok = await verifyPassword(password, stored ?? dummyHash(iterations));
  return ok && stored !== undefined;
}
