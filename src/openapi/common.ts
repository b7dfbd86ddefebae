import * as z from "zod";
import { named } from "./route-doc";

export const ErrorBody = named(
  "Error",
  z.object({
    detail: z.string(),
    code: z.string().describe("Stable, machine-readable reason"),
  }),
);

export const ValidationErrorBody = named(
  "ValidationError",
  z.object({
    detail: z.array(
      z.object({
        loc: z.array(z.union([z.string(), z.number()])),
        msg: z.string(),
        type: z.string(),
      }),
    ),
  }),
);

export const TenantIdParam = z.object({ tenant_id: z.string().min(1).max(64) });
