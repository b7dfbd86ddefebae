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
 * Why the write fence (drizzle/cell/0019_write_fence_moves.sql) refused a statement, if it did:
 * the tenant is being deleted or moved, or it is not in this cell (gone, moved away, or still
 * arriving in a move).
 */
export type FenceRefusal = "tenant_deleting" | "tenant_moving" | "tenant_gone" | "tenant_moved";

const FENCE = /write_fence:(tenant_deleting|tenant_moving|tenant_gone|tenant_moved)/;

export function fenceRefusal(error: unknown): FenceRefusal | null {
  for (const message of messages(error)) {
    const match = FENCE.exec(message);
    if (match) return match[1] as FenceRefusal;
  }
  return null;
}
