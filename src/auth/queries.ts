import { eq } from "drizzle-orm";
import type { Actor } from "../activity/queries";
import { insertActivity } from "../activity/queries";
import type { Db } from "../db/client";
import { tenants, users } from "../db/schema";
import { nowIso } from "../lib/ids";
import { SIGNUP_PLAN } from "../tenants/plans";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";

export const findUserByEmail = (db: Db, email: string) =>
  db.select().from(users).where(eq(users.email, email)).get();

/** The owner and its tenant (same id), and the log entry, in one batch. */
export async function createOwnerWithTenant(
  db: Db,
  actor: Actor,
  owner: { id: string; email: string; passwordHash: string; tenantName: string },
) {
  const now = nowIso();
  await db.batch([
    db.insert(tenants).values({
      id: owner.id,
      name: owner.tenantName,
      ...SIGNUP_PLAN,
      webhookEvents: [...WEBHOOK_EVENT_TYPES],
      createdAt: now,
      updatedAt: now,
    }),
    db.insert(users).values({
      id: owner.id,
      email: owner.email,
      passwordHash: owner.passwordHash,
      role: "owner",
      tenantId: owner.id,
      createdAt: now,
    }),
    insertActivity(db, actor, {
      tenantId: owner.id,
      action: "tenant.created",
      targetType: "tenant",
      targetId: owner.id,
      changes: { name: { from: null, to: owner.tenantName } },
    }),
  ]);
}
