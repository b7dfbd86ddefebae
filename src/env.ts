import type { RequestIdVariables } from "hono/request-id";
import type { TenantIdVariables, TenantVariables } from "./access/authorize-tenant";
import type { Principal } from "./access/credentials";
import type { Bindings } from "./bindings";
import type { AuthenticateVariables } from "./middleware/authenticate";
import type { CellVariables, DatabaseVariables } from "./middleware/database";

export type { Bindings, Principal };

/** What the app's middleware gives every route (each declares its own, beside it). */
type Variables = RequestIdVariables &
  DatabaseVariables &
  AuthenticateVariables &
  CellVariables &
  TenantIdVariables;

/**
 * A route under `/v1/tenants/{tenant_id}` that reads the tenant row in its own batch
 * (`readsTenantInBatch`), and the middleware at that mount, which runs before every route under
 * it: the path's `tenantId` the access check validated, and no `tenant`, which is not loaded for
 * such a route.
 */
export type TenantIdEnv = { Bindings: Bindings; Variables: Variables };

export type AppEnv = { Bindings: Bindings; Variables: Variables & TenantVariables };
