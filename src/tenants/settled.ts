import { inArray, notInArray } from "drizzle-orm";
import { tenants } from "../db/schema";

/**
 * The statuses a tenant is served and swept in: the owner's choice. Anything else is the
 * business of a deletion or a move, which the sweeps leave alone (the write fence refuses their
 * writes anyway).
 */
export const SETTLED_STATUSES = ["active", "inactive"] as const;

export const isSettled = (status: string) =>
  (SETTLED_STATUSES as readonly string[]).includes(status);

/** In SQL: the tenant row is settled. */
export const settled = () => inArray(tenants.status, [...SETTLED_STATUSES]);

/** In SQL: the tenant row is being deleted or moved. */
export const unsettled = () => notInArray(tenants.status, [...SETTLED_STATUSES]);
