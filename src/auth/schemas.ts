import * as z from "zod";

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
  })
  .meta({ id: "SignupRequest" });

export const LoginRequest = z
  .strictObject({ email: Email, password: z.string().min(1).max(128) })
  .meta({ id: "LoginRequest" });

const tokenFields = {
  access_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.number().int().describe("Seconds"),
  owner_id: z.string(),
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
  })
  .meta({ id: "SignupResponse" });
