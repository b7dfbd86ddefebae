import type { SQL } from "drizzle-orm";
import { type Context, Hono } from "hono";
import type * as z from "zod";
import { actorOf } from "../activity/actor";
import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import type { AppEnv } from "../env";
import type { ErrorCode } from "../error-codes";
import { ApiError, notFound } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { jsonBody, noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { ResourceIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { planWrite, removalChanges, type WriteFields } from "../writes/plan";
import {
  deleteOwned,
  findOwned,
  insertOwned,
  listOwned,
  type OwnedTable,
  type RowOf,
  updateOwned,
} from "./queries";

type Body = Record<string, unknown>;

const raced = () => new ApiError(409, "conflict", "Changed concurrently; try again");

/** The error for a guarded write that wrote nothing: the guard's reason, else `otherwise`. */
async function refused<I>(guard: Guard<I> | undefined, input: I, otherwise: Error) {
  return (guard && (await guard.refusal(input))) ?? otherwise;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type WriteCheck<T extends OwnedTable> = (input: {
  db: Db;
  tenant: TenantRow;
  body: Body;
  /** Absent on create. */
  existing?: RowOf<T>;
}) => Promise<void> | void;

export type DeleteCheck<T extends OwnedTable> = (input: {
  db: Db;
  tenant: TenantRow;
  existing: RowOf<T>;
}) => Promise<void> | void;

type WriteInput<T extends OwnedTable> = Parameters<WriteCheck<T>>[0];
type DeleteInput<T extends OwnedTable> = Parameters<DeleteCheck<T>>[0];

/**
 * A rule the writing statement checks itself (`when`, a condition of the guarded write), so it
 * holds against parallel requests; `refusal` says why, read only after the write was refused.
 */
export type Guard<I> = {
  when: (input: I) => SQL | undefined;
  refusal: (input: I) => Promise<Error | null>;
};

/** Everything that differs between the simple tenant-owned resources. */
export type ResourceSpec<T extends OwnedTable, Out extends Body> = WriteFields<T> & {
  /** Singular snake_case: the activity log's target type and action prefix (`agent.created`). */
  noun: string;
  /** As written mid-sentence: `{ one: "SIP trunk", many: "SIP trunks" }`. */
  title: { one: string; many: string };
  /** Strict (unknown fields are a 422); required fields and defaults apply. */
  create: z.ZodObject;
  /** Strict and partial: only the fields sent change. */
  update: z.ZodObject;
  response: z.ZodType<Out>;
  serialize: (row: RowOf<T>) => Out;
  /** Runs on create and update after validation, before anything is written; throws to refuse. */
  beforeWrite?: WriteCheck<T>;
  beforeDelete?: DeleteCheck<T>;
  guards?: {
    create?: Guard<WriteInput<T>>;
    update?: Guard<WriteInput<T>>;
    delete?: Guard<DeleteInput<T>>;
  };
  /** Codes the hooks and guards may answer, per route, for the docs. */
  errors?: { create?: ErrorCode[]; update?: ErrorCode[]; delete?: ErrorCode[] };
  /** Prepended to every route's description. */
  about?: string;
  maxBodyBytes?: number;
};

/**
 * List / create / get / update / delete for one tenant-owned resource, mounted under
 * `/v1/tenants/{tenant_id}/<resource>` behind `authorizeTenant`. Every query is scoped to the
 * path's tenant, so another tenant's id answers 404; every change is logged in its own batch.
 * Update is `PUT` with partial semantics, like the tenant itself.
 */
export function crudRoutes<T extends OwnedTable, Out extends Body>(spec: ResourceSpec<T, Out>) {
  const { table, noun, title } = spec;
  const tags = [capitalize(title.many)];
  const about = spec.about ? `${spec.about} ` : "";
  const one = title.one;

  const load = async (c: Context<AppEnv>, id: string) => {
    const row = await findOwned(c.get("db"), table, c.get("tenant").id, id);
    if (!row) throw notFound(capitalize(one));
    return row;
  };
  const targetOf = (c: Context<AppEnv>, rowId: string) => ({
    keys: c.env.ENCRYPTION_KEYS,
    tenantId: c.get("tenant").id,
    rowId,
  });

  return new Hono<AppEnv>()
    .get(
      "/",
      describeRoute({
        tags,
        summary: `List ${title.many}`,
        description: `${about}Newest first.`,
        responses: { 200: { description: "A page", schema: pageOf(spec.response) } },
      }),
      queryParams(PageQuery),
      async (c) => {
        const query = c.req.valid("query");
        const rows = await listOwned(c.get("db"), table, c.get("tenant").id, query);
        return c.json(toPage(rows, query.limit, spec.serialize));
      },
    )
    .post(
      "/",
      describeRoute({
        tags,
        summary: `Create ${one}`,
        description: `${about}Unknown fields are refused (422).`,
        errors: ["conflict", ...(spec.errors?.create ?? [])],
        responses: {
          201: { description: `The new ${one}`, schema: spec.response, headers: ["Location"] },
        },
      }),
      noQueryParams(),
      jsonBody(spec.create, { maxBytes: spec.maxBodyBytes }),
      async (c) => {
        const db = c.get("db");
        const tenant = c.get("tenant");
        const body = c.req.valid("json") as Body;
        const input = { db, tenant, body };
        await spec.beforeWrite?.(input);
        const id = newId();
        const now = nowIso();
        const { patch, changes } = await planWrite(spec, body, targetOf(c, id));
        const guard = spec.guards?.create;
        const row = await insertOwned(
          db,
          actorOf(c),
          table,
          { ...patch, id, tenantId: tenant.id, createdAt: now, updatedAt: now },
          { action: `${noun}.created`, targetType: noun, changes },
          { guard: guard?.when(input) },
        );
        if (!row) throw await refused(guard, input, raced());
        c.header("Location", locationOf(c, id));
        return c.json(spec.serialize(row), 201);
      },
    )
    .get(
      "/:id",
      describeRoute({
        tags,
        summary: `Get ${one}`,
        ...(spec.about && { description: spec.about }),
        responses: { 200: { description: `The ${one}`, schema: spec.response } },
      }),
      pathParams(ResourceIdParam),
      noQueryParams(),
      async (c) => c.json(spec.serialize(await load(c, c.req.valid("param").id))),
    )
    .put(
      "/:id",
      describeRoute({
        tags,
        summary: `Update ${one}`,
        description: `${about}Partial: only the fields sent change. Unknown fields are refused (422).`,
        errors: spec.errors?.update,
        responses: { 200: { description: `The updated ${one}`, schema: spec.response } },
      }),
      pathParams(ResourceIdParam),
      noQueryParams(),
      jsonBody(spec.update, { maxBytes: spec.maxBodyBytes }),
      async (c) => {
        const db = c.get("db");
        const tenant = c.get("tenant");
        const existing = await load(c, c.req.valid("param").id);
        const body = c.req.valid("json") as Body;
        const input = { db, tenant, body, existing };
        await spec.beforeWrite?.(input);
        const { patch, changes } = await planWrite(spec, body, {
          ...targetOf(c, existing.id),
          before: { row: existing, shown: spec.serialize(existing) },
        });
        if (Object.keys(changes).length === 0) return c.json(spec.serialize(existing));
        const guard = spec.guards?.update;
        const updated = await updateOwned(
          db,
          actorOf(c),
          table,
          { tenantId: tenant.id, id: existing.id },
          { ...patch, updatedAt: nowIso() },
          { action: `${noun}.updated`, targetType: noun, changes },
          { guard: guard?.when(input) },
        );
        if (!updated) throw await refused(guard, input, notFound(capitalize(one)));
        return c.json(spec.serialize(updated));
      },
    )
    .delete(
      "/:id",
      describeRoute({
        tags,
        summary: `Delete ${one}`,
        ...(spec.about && { description: spec.about }),
        errors: spec.errors?.delete,
        responses: { 204: { description: "Deleted" } },
      }),
      pathParams(ResourceIdParam),
      noQueryParams(),
      async (c) => {
        const db = c.get("db");
        const tenant = c.get("tenant");
        const existing = await load(c, c.req.valid("param").id);
        const input = { db, tenant, existing };
        await spec.beforeDelete?.(input);
        const guard = spec.guards?.delete;
        const deleted = await deleteOwned(
          db,
          actorOf(c),
          table,
          { tenantId: tenant.id, id: existing.id },
          {
            action: `${noun}.deleted`,
            targetType: noun,
            changes: removalChanges(Object.keys(spec.columns), spec.serialize(existing)),
          },
          { guard: guard?.when(input) },
        );
        if (!deleted) throw await refused(guard, input, notFound(capitalize(one)));
        return c.body(null, 204);
      },
    );
}
