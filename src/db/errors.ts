import { FENCE_STATES, type FenceState } from "./fence";

/** D1 reports constraint violations only in the message; drizzle wraps it as the cause. */
function messages(error: unknown): string[] {
  const found: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) found.push(e.message);
  return found;
}

export function isUniqueViolation(error: unknown): boolean {
  return messages(error).some((message) => message.includes("UNIQUE constraint failed"));
}

/**
 * Why the write fence (src/db/fence.ts, which generates its triggers) refused a statement, if it
 * did: the tenant is being deleted or moved, or it is not in this cell (gone, moved away, or
 * still arriving in a move).
 */
export type FenceRefusal = `tenant_${FenceState}`;

const FENCE = new RegExp(
  `write_fence:(${FENCE_STATES.map((state) => `tenant_${state}`).join("|")})`,
);

export function fenceRefusal(error: unknown): FenceRefusal | null {
  for (const message of messages(error)) {
    const match = FENCE.exec(message);
    if (match) return match[1] as FenceRefusal;
  }
  return null;
}
