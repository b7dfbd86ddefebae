import * as z from "zod";
import { TENANT_ROLES } from "../access/roles";
import { DATA_REGIONS } from "../cells/regions";

/** Where a tenant's data lives: its rows in a cell of the region, its objects in its bucket. */
export const DataRegion = z
  .enum(DATA_REGIONS)
  .describe("Where the tenant's data lives: `us` or `eu` (EU jurisdiction)");

const Email = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

export const SignupRequest = z
  .strictObject({
    email: Email,
    password: z.string().min(8).max(128),
    name: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .describe("Organization name; defaults to the email's domain"),
    data_region: DataRegion.optional().describe(
      "Where the tenant's data lives: `us` (default) or `eu`: rows and objects stay there",
    ),
  })
  .meta({ id: "SignupRequest" });

export const LoginRequest = z
  .strictObject({ email: Email, password: z.string().min(1).max(128) })
  .meta({ id: "LoginRequest" });

const tokenFields = {
  access_token: z.string().describe("Bearer token for an hour"),
  token_type: z.literal("bearer"),
  expires_in: z.number().int().describe("Seconds"),
  refresh_token: z
    .string()
    .optional()
    .describe(
      "Trade it at POST /v1/auth/refresh for new tokens; each can be used once. Absent when " +
        "the request sent `X-Session-Cookie: true`: it is in the session cookie instead",
    ),
  refresh_expires_in: z.number().int().describe("Seconds the session has left (30 days at login)"),
  owner_id: z.string().describe("The tenant's owner; equals tenant_id (a platform admin's own id)"),
  user_id: z.string().describe("The user logged in: the owner, or a member"),
  role: z
    .enum([...TENANT_ROLES, "platform_admin"])
    .describe("The user's role on its tenant now; it may change, and each request reads it anew"),
};

export const TokenResponse = z
  .object({
    ...tokenFields,
    tenant_id: z.string().nullable().describe("Equals owner_id; null for platform admins"),
  })
  .meta({ id: "TokenResponse" });

/** Signup always makes a tenant, so its answer always names one. */
export const SignupResponse = z
  .object({
    ...tokenFields,
    tenant_id: z.string().describe("The new tenant's id; equals owner_id"),
    data_region: z.enum(DATA_REGIONS),
  })
  .meta({ id: "SignupResponse" });

export const RefreshRequest = z
  .strictObject({
    refresh_token: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("Absent: the session cookie's (`X-Session-Cookie`)"),
  })
  .meta({ id: "RefreshRequest" });

export const PasswordChange = z
  .strictObject({
    current_password: z.string().min(1).max(128),
    new_password: z.string().min(8).max(128),
  })
  .meta({ id: "PasswordChange" });

export const AcceptInvitation = z
  .strictObject({
    invitation_token: z.string().min(1).max(200),
    password: z.string().min(8).max(128),
  })
  .meta({ id: "AcceptInvitation" });
