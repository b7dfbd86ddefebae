import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { directoryCell } from "../cells/routing";
import type { UserRow } from "../db/control-schema";
import { members } from "../db/schema";
import type { AppEnv } from "../env";
import { cellDb } from "../middleware/database";

/** How old an account with no membership must be to be a removal's leftover, not a join's. */
const LEFTOVER_AFTER_MS = 15 * 60 * 1000;

/**
 * Whether `account` is a member's account whose membership is gone: a removal that died between
 * its cell write and its control-plane write. Only one older than any request, so an account a
 * concurrent accept just made (its membership not written yet) is never taken for one.
 */
export async function isLeftover(c: Context<AppEnv>, account: UserRow, now: string) {
  if (account.role !== "member" || !account.tenantId) return false;
  if (Date.parse(now) - Date.parse(account.createdAt) < LEFTOVER_AFTER_MS) return false;
  const cell = await directoryCell(c.env, c.get("control"), account.tenantId);
  if (!cell) return false;
  const membership = await cellDb(c, cell)
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.tenantId, account.tenantId), eq(members.userId, account.id)))
    .get();
  return !membership;
}
