import { getTableColumns, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { compiledOnce, tableRow } from "../db/compiled";
import { qualified } from "../db/qualified";
import { apiKeys, members, sessions, type TenantRow, tenants } from "../db/schema";
import type { Access, Credential } from "./credentials";
import { isTenantRole, TENANT_ROLES } from "./roles";

// The outer row's id, qualified: inside a subquery a bare `id` would name the subquery's table.
const tenantsId = qualified(tenants.id);
const q = qualified;

// The row's parent, qualified like its id.
const tenantsParentId = qualified(tenants.parentId);

/** The credential's tenant (its `column`) is the row's, or the row is its sub-account. */
const ofTenantOrParent = (column: SQL) => sql`${column} IN (${tenantsId}, ${tenantsParentId})`;

/** The parent a credential reaches the row through, null when it is the row's own. */
const viaParent = (column: SQL) =>
  sql`CASE WHEN ${column} = ${tenantsId} THEN NULL ELSE ${column} END`;

/**
 * A parent's person reaches the row, its sub-account: the parent's owner (`isOwner`) and admins
 * all of them, a developer or viewer those its membership grants (their ids, or `*`).
 */
const reachesSubaccount = (isOwner: SQL) =>
  sql`(${isOwner} OR ${q(members.role)} = 'admin' OR EXISTS (SELECT 1
    FROM json_each(coalesce(${q(members.subaccountGrants)}, '[]'))
    WHERE json_each.value IN ('*', ${tenantsId})))`;

/** The values an access check binds, by these names. */
export type AccessValues = { credential: string; now: string };

const bound = (name: keyof AccessValues) => sql.placeholder(name);

/**
 * What the credential gives on the row's tenant, in SQL: a JSON object `{role, id, name}`, or
 * NULL when the credential no longer holds there (a session revoked or expired, a member
 * removed, a key revoked or expired, or none of this tenant's). Read in the same statement as the
 * tenant row, so a token or a key costs no round trip of its own.
 */
export function accessOf(
  kind: Credential["kind"],
  values = { credential: bound("credential"), now: bound("now") },
) {
  const { credential, now } = values as { credential: SQL | Placeholder; now: SQL | Placeholder };
  switch (kind) {
    case "session":
      // The owner is the user whose id is the tenant's; anyone else is an active member. A session
      // of the row's parent reaches it as a sub-account (`reachesSubaccount`), naming the parent.
      return sql<string | null>`(SELECT json_object('role',
          CASE WHEN ${q(sessions.userId)} = ${q(sessions.tenantId)} THEN 'owner' ELSE ${q(members.role)} END,
          'id', ${q(sessions.userId)}, 'name', ${q(members.email)}, 'type', 'user',
          'user', ${q(sessions.userId)}, 'via', ${viaParent(q(sessions.tenantId))})
        FROM ${sessions} LEFT JOIN ${members} ON ${q(members.tenantId)} = ${q(sessions.tenantId)}
          AND ${q(members.userId)} = ${q(sessions.userId)} AND ${q(members.status)} = 'active'
        WHERE ${q(sessions.id)} = ${credential} AND ${ofTenantOrParent(q(sessions.tenantId))}
          AND ${q(sessions.revokedAt)} IS NULL AND ${q(sessions.expiresAt)} > ${now}
          AND (${q(sessions.userId)} = ${q(sessions.tenantId)} OR ${q(members.id)} IS NOT NULL)
          AND (${q(sessions.tenantId)} = ${tenantsId}
            OR ${reachesSubaccount(sql`${q(sessions.userId)} = ${q(sessions.tenantId)}`)}))`;
    case "key": {
      // A member's key acts for its maker: with the lesser of the key's role and the maker's
      // role now (the owner's is `owner`), and not at all once the maker is no active member.
      // A service key is the organization's: its own role alone.
      const service = sql`${q(apiKeys.kind)} = 'service'`;
      const makerRole = sql`CASE WHEN ${q(apiKeys.createdBy)} = ${q(apiKeys.tenantId)} THEN 'owner'
        ELSE ${q(members.role)} END`;
      const role = sql`CASE WHEN ${service}
          OR ${rankOf(q(apiKeys.role))} <= ${rankOf(makerRole)} THEN ${q(apiKeys.role)}
        ELSE ${makerRole} END`;
      return sql<string | null>`(SELECT json_object('role', ${role}, 'id', ${q(apiKeys.id)},
          'name', ${q(apiKeys.name)}, 'type', 'key', 'last_used_at', ${q(apiKeys.lastUsedAt)},
          'user', CASE WHEN ${service} THEN NULL ELSE ${q(apiKeys.createdBy)} END,
          'via', ${viaParent(q(apiKeys.tenantId))})
        FROM ${apiKeys} LEFT JOIN ${members} ON ${q(members.tenantId)} = ${q(apiKeys.tenantId)}
          AND ${q(members.userId)} = ${q(apiKeys.createdBy)} AND ${q(members.status)} = 'active'
        WHERE ${q(apiKeys.keyHash)} = ${credential} AND ${ofTenantOrParent(q(apiKeys.tenantId))}
          AND (${q(apiKeys.expiresAt)} IS NULL OR ${q(apiKeys.expiresAt)} > ${now})
          AND (${service} OR ${q(apiKeys.createdBy)} = ${q(apiKeys.tenantId)}
            OR ${q(members.id)} IS NOT NULL)
          AND (${q(apiKeys.tenantId)} = ${tenantsId} OR ${role} IN ('owner', 'admin')
            OR (NOT ${service} AND ${reachesSubaccount(sql`${q(apiKeys.createdBy)} = ${q(apiKeys.tenantId)}`)})))`;
    }
    case "platform":
      // The admin's session was checked in the control plane; on a tenant it may do everything.
      return sql<string>`json_object('role', 'owner', 'id', ${credential}, 'name', NULL,
        'type', 'user', 'user', NULL, 'via', NULL)`;
  }
}

// The roles least to most, comma-separated: a role's position in it orders it ("admin" is no
// part of another role's name).
const ROLE_ORDER = sql.raw(`'${TENANT_ROLES.join(",")}'`);
const rankOf = (role: SQL) => sql`instr(${ROLE_ORDER}, ${role})`;

/** The role an access check found, in SQL, for a statement's own condition. */
export const roleIn = (access: SQL) => sql`json_extract(${access}, '$.role')`;

export type FoundAccess = Access & { lastUsedAt: string | null };

/** The JSON an access check returns, as the request keeps it. */
export function parseAccess(json: unknown): FoundAccess | null {
  if (typeof json !== "string") return null;
  const found = JSON.parse(json) as Record<string, unknown>;
  if (!isTenantRole(found.role)) return null;
  return {
    role: found.role,
    actorType: found.type === "key" ? "key" : "user",
    actorId: String(found.id),
    actorName: typeof found.name === "string" ? found.name : null,
    userId: typeof found.user === "string" ? found.user : null,
    lastUsedAt: typeof found.last_used_at === "string" ? found.last_used_at : null,
    via: typeof found.via === "string" ? found.via : null,
  };
}

// Every tenant-scoped request reads its tenant and the access its credential gives there, in one
// statement: one of these, compiled once per isolate.
const selectTenantWithAccess = {
  session: compiledOnce<{ id: string } & AccessValues>((db) =>
    db
      .select({ ...getTableColumns(tenants), access: accessOf("session").as("access") })
      .from(tenants)
      .where(sql`${tenantsId} = ${sql.placeholder("id")}`),
  ),
  key: compiledOnce<{ id: string } & AccessValues>((db) =>
    db
      .select({ ...getTableColumns(tenants), access: accessOf("key").as("access") })
      .from(tenants)
      .where(sql`${tenantsId} = ${sql.placeholder("id")}`),
  ),
  platform: compiledOnce<{ id: string } & AccessValues>((db) =>
    db
      .select({ ...getTableColumns(tenants), access: accessOf("platform").as("access") })
      .from(tenants)
      .where(sql`${tenantsId} = ${sql.placeholder("id")}`),
  ),
};
const toTenantRow = tableRow(tenants);

/** The credential's value an access check binds: a session's id, a key's HMAC. */
export const credentialValue = (credential: Credential) =>
  credential.kind === "key" ? credential.keyHash : credential.sessionId;

/**
 * The tenant and what `credential` gives on it, in one statement; undefined when this cell has no
 * such tenant. `access` is null when the credential no longer holds there.
 */
export async function findTenantWithAccess(
  db: Db,
  tenantId: string,
  credential: Credential,
  now = new Date(),
): Promise<{ tenant: TenantRow; access: FoundAccess | null } | undefined> {
  const values = { id: tenantId, credential: credentialValue(credential), now: now.toISOString() };
  const raw = await selectTenantWithAccess[credential.kind](db, values).first<
    Record<string, unknown>
  >();
  return raw ? { tenant: toTenantRow(raw), access: parseAccess(raw.access) } : undefined;
}
