import * as z from "zod";
import { named } from "../openapi/route-doc";

const Email = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

export const SignupRequest = named(
  "SignupRequest",
  z.strictObject({
    email: Email,
    password: z.string().min(8).max(128),
    name: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .describe("Organization name; defaults to the email's domain"),
  }),
);

export const LoginRequest = named(
  "LoginRequest",
  z.strictObject({ email: Email, password: z.string().min(1).max(128) }),
);

export const TokenResponse = named(
  "TokenResponse",
  z.object({
    access_token: z.string(),
    token_type: z.literal("bearer"),
    expires_in: z.number().int().describe("Seconds"),
    owner_id: z.string(),
    tenant_id: z.string().nullable().describe("Equals owner_id; null for platform admins"),
  }),
);
