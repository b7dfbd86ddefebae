/**
 * A tenant's roles, least to most: each may do everything the ones before it may.
 *
 * | role      | may                                                                         |
 * | --------- | --------------------------------------------------------------------------- |
 * | viewer    | read everything of the tenant                                               |
 * | developer | also change resources, calls, recordings, files and webhooks                |
 * | admin     | also the settings (plan, limits, compliance), members and API keys          |
 * | owner     | also delete the tenant; one per tenant, the signup's user (id = tenant id)  |
 *
 * A route declares the least role it needs (`describeRoute({ role })`); the one authorization
 * middleware refuses the others with 403 `forbidden`, naming it.
 */
export const TENANT_ROLES = ["viewer", "developer", "admin", "owner"] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

/** The roles an API key or an invitation can carry: the owner is only ever the signup's user. */
export const GRANTED_ROLES = ["viewer", "developer", "admin"] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number];

export const isTenantRole = (role: unknown): role is TenantRole =>
  (TENANT_ROLES as readonly unknown[]).includes(role);

/** `has` may do what `needs` may. */
export const allows = (has: TenantRole, needs: TenantRole) =>
  TENANT_ROLES.indexOf(has) >= TENANT_ROLES.indexOf(needs);

/** The role a route needs unless it says: reads need a viewer, writes a developer. */
export const defaultRoleFor = (method: string): TenantRole =>
  method === "GET" || method === "HEAD" ? "viewer" : "developer";
