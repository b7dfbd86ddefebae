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

export type AppEnv = {
  Bindings: Bindings;
  Variables: RequestIdVariables & {
    principal: Principal;
    db: Db;
    /** The tenant named by the path, loaded once by `authorizeTenant`. */
    tenant: TenantRow;
  };
};
