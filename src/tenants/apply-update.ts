import type { Actor } from "../activity/queries";
import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import { ApiError, notFound } from "../errors";
import { findTenant, updateTenantAtVersion } from "./queries";
import { etagOf, type TenantUpdate } from "./schemas";
import { checkTenantUpdate, planTenantUpdate } from "./update";

const MAX_ATTEMPTS = 3;

const matches = (ifMatch: string, row: TenantRow) =>
  ifMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etagOf(row) || t === `W/${etagOf(row)}`;
  });

const stale = () =>
  new ApiError(412, "precondition_failed", "The tenant changed since it was read; fetch it again");

/**
 * Optimistic concurrency: every write is guarded by the version it was computed from. With
 * `If-Match` a lost race is the client's 412; without it, the update is recomputed on the fresh row.
 */
export async function applyTenantUpdate(
  db: Db,
  actor: Actor,
  tenant: TenantRow,
  update: TenantUpdate,
  options: { ifMatch: string | undefined; environment: string; keys: string },
): Promise<TenantRow> {
  let current = tenant;
  for (let attempt = 1; ; attempt++) {
    if (options.ifMatch !== undefined && !matches(options.ifMatch, current)) throw stale();
    checkTenantUpdate(current, update, options.environment);
    const { patch, changes } = await planTenantUpdate(current, update, options.keys);
    if (Object.keys(changes).length === 0) return current;
    const updated = await updateTenantAtVersion(db, actor, current, patch, {
      action: "tenant.updated",
      changes,
    });
    if (updated) return updated;
    if (options.ifMatch !== undefined) throw stale();
    if (attempt === MAX_ATTEMPTS) {
      throw new ApiError(409, "conflict", "The tenant is being changed concurrently; try again");
    }
    const fresh = await findTenant(db, tenant.id);
    if (!fresh) throw notFound("Tenant");
    current = fresh;
  }
}
