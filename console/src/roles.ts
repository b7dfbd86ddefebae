import requiredRoles from "virtual:required-roles";
import type { Role } from "./api";

const RANK: Record<Role, number> = {
  viewer: 0,
  developer: 1,
  admin: 2,
  owner: 3,
  platform_admin: 4,
};

const isRole = (value: string | undefined): value is Role =>
  value !== undefined && Object.hasOwn(RANK, value);

/** The least role the operation needs, from the document's `x-required-role`. */
export function requiredRole(operation: string): Role | null {
  const role = requiredRoles[operation];
  return isRole(role) ? role : null;
}

/** Whether `role` may call the operation (`put /v1/tenants/{tenant_id}`). */
export function allows(role: Role | undefined, operation: string): boolean {
  const needed = requiredRole(operation);
  if (!needed || !role) return needed === null;
  if (needed === "platform_admin") return role === "platform_admin";
  return role !== "platform_admin" && RANK[role] >= RANK[needed];
}

export const ROLE_NAMES: Record<Role, string> = {
  viewer: "viewer",
  developer: "developer",
  admin: "admin",
  owner: "owner",
  platform_admin: "platform admin",
};
