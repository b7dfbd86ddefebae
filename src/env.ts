import type { RequestIdVariables } from "hono/request-id";
import type { Access, Principal } from "./access/credentials";
import type { Bindings } from "./bindings";
import type { Cell } from "./cells/config";
import type { Db } from "./db/client";
import type { TenantRow } from "./db/schema";
import type { ApiError } from "./errors";

export type { Bindings, Principal };

/** The D1 sessions a request opened, in order, and the bookmark its client sent (`database`). */
export type Sessions = {
  sent: { database: string; bookmark: string } | undefined;
  /** The header sent was no bookmark: refused when the request first opens a session. */
  refused: ApiError | undefined;
  opened: { database: string; session: D1DatabaseSession }[];
};

type Variables = RequestIdVariables & {
  principal: Principal;
  /** What the principal's credential gives on the path's tenant, once `authorizeTenant` read it. */
  access: Access;
  sessions: Sessions;
  /** The control plane: users, the tenant directory, receipts, moves. */
  control: Db;
  /** The tenant's cell, once the path's tenant is known (`authorizeTenant`). */
  db: Db;
  cell: Cell;
  /** The tenant's region's R2 bucket. */
  blobs: R2Bucket;
  /** The path's tenant id, set once the caller may access it (`authorizeTenant`). */
  tenantId: string;
};

/**
 * A route under `/v1/tenants/{tenant_id}` that reads the tenant row in its own batch
 * (`readsTenantInBatch`), and the middleware at that mount, which runs before every route under
 * it: the path's `tenantId` the access check validated, and no `tenant`, which is not loaded for
 * such a route.
 */
export type TenantIdEnv = { Bindings: Bindings; Variables: Variables };

export type AppEnv = {
  Bindings: Bindings;
  Variables: Variables & {
    /** The tenant named by the path, loaded once by `authorizeTenant`. */
    tenant: TenantRow;
  };
};
