import type { RequestIdVariables } from "hono/request-id";
import type { Db } from "./db/client";
import type { TenantRow } from "./db/schema";

/** Secrets are not in wrangler.toml, so `wrangler types` cannot see them. */
export type Bindings = CloudflareBindings & {
  JWT_SECRET: string;
  /** Keyring `kid:base64key,kid:base64key`; the first key is current. */
  ENCRYPTION_KEYS: string;
};

export type Principal = {
  userId: string;
  role: "owner" | "platform_admin";
  tenantId: string | null;
};

type Variables = RequestIdVariables & {
  principal: Principal;
  db: Db;
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
