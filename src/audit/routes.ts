import { Hono } from "hono";
import type { AppEnv } from "../env";
import { apiRateLimit, clientIp } from "../middleware/rate-limit";
import { noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { AuditPublicKey } from "./schemas";
import { auditPublicKey } from "./signing";

/** Mounted at `/v1/audit`: what anyone needs to check a tenant's trail without trusting us. */
export const auditRoutes = new Hono<AppEnv>().get(
  "/public-key",
  describeRoute({
    tags: ["Activity log"],
    summary: "Audit public key",
    description:
      "The Ed25519 key (JWK) every audit checkpoint is signed with: with it alone, " +
      "`npm run verify-audit` checks an export's trail offline.",
    auth: false,
    responses: { 200: { description: "The public key", schema: AuditPublicKey } },
  }),
  apiRateLimit((c) => `meta:${clientIp(c)}`),
  noQueryParams(),
  async (c) => c.json(await auditPublicKey(c.env.AUDIT_SIGNING_KEY)),
);
