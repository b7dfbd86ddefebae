import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import { apiKeys } from "../db/schema";
import type { AppEnv } from "../env";
import { notFound, ValidationError } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { keyedHash, randomBase62 } from "../lib/keyed-hash";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { Instant, ResourceIdParam, Timestamp } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { deleteOwned, insertOwned, listOwned, type RowOf } from "../resources/queries";
import { GRANTED_ROLES } from "./roles";

/** Characters of a key's secret its list shows, to tell keys apart. */
const PREFIX_LENGTH = 8;

const ApiKeyCreate = z
  .strictObject({
    name: z.string().min(1).max(100),
    role: z.enum(GRANTED_ROLES).describe("What the key may do: admin, developer or viewer"),
    expires_at: Instant.optional().describe("Refused from then on; never, when absent"),
  })
  .meta({ id: "ApiKeyCreate" });

const ApiKey = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    name: z.string(),
    role: z.enum(GRANTED_ROLES),
    prefix: z.string().describe("The start of the key's secret part, to tell keys apart"),
    created_by: z.string(),
    created_at: Timestamp,
    last_used_at: Timestamp.nullable().describe("The key's last use, to the minute"),
    expires_at: Timestamp.nullable(),
  })
  .meta({ id: "ApiKey" });

const CreatedApiKey = ApiKey.extend({
  key: z
    .string()
    .describe(
      "The key, `sk_…`: shown this once and stored only as a keyed hash. Send it as " +
        "`Authorization: Bearer sk_…`",
    ),
}).meta({ id: "CreatedApiKey" });

type ApiKeyRow = RowOf<typeof apiKeys>;

const toApiKey = (row: ApiKeyRow): z.infer<typeof ApiKey> => ({
  id: row.id,
  tenant_id: row.tenantId,
  name: row.name,
  role: row.role,
  prefix: row.prefix,
  created_by: row.createdBy,
  created_at: row.createdAt,
  last_used_at: row.lastUsedAt,
  expires_at: row.expiresAt,
});

/** Mounted at `/v1/tenants/{tenant_id}/api-keys`: a tenant's long-lived keys for its backends. */
export const apiKeyRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags: ["Access"],
      summary: "List API keys",
      description: "Newest first: names, roles, prefixes and use; never a key itself.",
      responses: { 200: { description: "A page of keys", schema: pageOf(ApiKey) } },
    }),
    queryParams(PageQuery),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listOwned(c.get("db"), apiKeys, c.get("tenantId"), query);
      return c.json(toPage(rows, query.limit, toApiKey));
    },
  )
  .post(
    "/",
    describeRoute({
      tags: ["Access"],
      summary: "Create an API key",
      description:
        "A key with a role, for a backend: `sk_` and 43 random base62 characters (256 bits) " +
        "after the cell and tenant it is for. Shown once in the answer; stored only as an HMAC. " +
        "Refused (401) once deleted or past `expires_at`.",
      role: "admin",
      responses: {
        201: {
          description: "The key, shown this once",
          schema: CreatedApiKey,
          headers: ["Location"],
        },
      },
    }),
    noQueryParams(),
    jsonBody(ApiKeyCreate),
    async (c) => {
      const body = c.req.valid("json");
      if (body.expires_at && Date.parse(body.expires_at) <= Date.now()) {
        throw new ValidationError([
          { loc: ["body", "expires_at"], msg: "Must be in the future", type: "expired" },
        ]);
      }
      const tenantId = c.get("tenantId");
      const secret = randomBase62();
      const key = `sk_${c.get("cell").name}_${tenantId}_${secret}`;
      const now = nowIso();
      const actor = actorOf(c);
      const row = await insertOwned(
        c.get("db"),
        actor,
        apiKeys,
        {
          id: newId(),
          tenantId,
          name: body.name,
          role: body.role,
          prefix: secret.slice(0, PREFIX_LENGTH),
          keyHash: await keyedHash(c.env.CREDENTIAL_HASH_KEY, key),
          createdBy: c.get("access").actorId,
          expiresAt: body.expires_at ?? null,
          createdAt: now,
          updatedAt: now,
        },
        {
          action: "api_key.created",
          targetType: "api_key",
          changes: {
            name: { from: null, to: body.name },
            role: { from: null, to: body.role },
            expires_at: { from: null, to: body.expires_at ?? null },
          },
        },
      );
      if (!row) throw new Error("the key's insert was refused");
      c.header("Location", locationOf(c, row.id));
      return c.json({ ...toApiKey(row), key }, 201);
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags: ["Access"],
      summary: "Revoke an API key",
      description: "Deletes the key: refused (401) from the next request on.",
      role: "admin",
      responses: { 204: { description: "Revoked" } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const { id } = c.req.valid("param");
      const deleted = await deleteOwned(
        c.get("db"),
        actorOf(c),
        apiKeys,
        { tenantId: c.get("tenantId"), id },
        { action: "api_key.revoked", targetType: "api_key", changes: {} },
      );
      if (!deleted) throw notFound("API key");
      return c.body(null, 204);
    },
  );
