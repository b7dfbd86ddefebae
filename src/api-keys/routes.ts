import { Hono } from "hono";
import * as z from "zod";
import type { Access } from "../access/credentials";
import { GRANTED_ROLES } from "../access/roles";
import { actorOf } from "../activity/actor";
import { API_KEY_KINDS, type ApiKeyKind, apiKeys } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound, ValidationError } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { keyedHash, randomBase62 } from "../lib/keyed-hash";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { Instant, ResourceIdParam, Timestamp } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { deleteOwned, insertOwned, listOwned, type RowOf } from "../resources/queries";

/** Characters of a key's secret its list shows, to tell keys apart. */
const PREFIX_LENGTH = 8;

const ApiKeyCreate = z
  .strictObject({
    name: z.string().min(1).max(100),
    role: z.enum(GRANTED_ROLES).describe("What the key may do: admin, developer or viewer"),
    kind: z
      .enum(API_KEY_KINDS)
      .default("member")
      .describe(
        "`member` (default): the key acts for the user who makes it, with at most that user's " +
          "role at each request, and is refused once the user is no member. `service`: the " +
          "organization's key, with its own role, outliving whoever made it (the owner, an " +
          "admin, an admin's key or a platform admin: the route's role)",
      ),
    expires_at: Instant.optional().describe("Refused from then on; never, when absent"),
  })
  .meta({ id: "ApiKeyCreate" });

const ApiKey = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    name: z.string(),
    role: z
      .enum(GRANTED_ROLES)
      .describe("The most the key may do; a member key, no more than its maker"),
    kind: z.enum(API_KEY_KINDS).describe("A member's key (ends with its maker) or a service key"),
    prefix: z.string().describe("The start of the key's secret part, to tell keys apart"),
    created_by: z.string().describe("The user who made the key; a member key acts for this user"),
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
  kind: row.kind,
  prefix: row.prefix,
  created_by: row.createdBy,
  created_at: row.createdAt,
  last_used_at: row.lastUsedAt,
  expires_at: row.expiresAt,
});

/**
 * Who a new key is recorded as made by: the member behind the credential (a session's user, a
 * member key's maker), else the credential itself (a platform admin, a service key). A member
 * key acts for a member, so it needs one; a service key is the organization's, and whoever made
 * it is named when that member is removed.
 */
function makerOf(access: Access, kind: ApiKeyKind): string {
  // A parent's person is no member of its sub-account: there it makes the organization's keys.
  if (access.userId && !access.via) return access.userId;
  if (kind === "service") return access.actorId;
  throw new ApiError(
    403,
    "forbidden",
    "A member key acts for a member of the tenant; this credential has none: make a service key",
  );
}

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
        "Refused (401) once deleted or past `expires_at`. A `member` key is its maker's: it " +
        "does at most what its maker's role allows at the time, and is refused (401) once its " +
        "maker is removed. A `service` key is the organization's and outlives its maker; the " +
        "removal of the member who made one names it. A platform admin or a service key has " +
        "no member to make a member key for (403): it makes service keys.",
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
      const maker = makerOf(c.get("access"), body.kind);
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
          kind: body.kind,
          prefix: secret.slice(0, PREFIX_LENGTH),
          keyHash: await keyedHash(c.env.CREDENTIAL_HASH_KEY, key),
          createdBy: maker,
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
            kind: { from: null, to: body.kind },
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
