import { Hono } from "hono";
import * as z from "zod";
import { auditsReads, insertAccess } from "../activity/access";
import { actorOf } from "../activity/actor";
import { ARCHIVED_TABLES } from "../db/schema";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { TenantIdParam, Timestamp } from "../openapi/common";
import { describeRoute } from "../openapi/describe";
import { type ArchivePartRow, listParts, partsInOrder } from "./parts";
import { partLines } from "./read";

const tags = ["Archives"];

const ArchivedTable = z.enum(ARCHIVED_TABLES).describe("The table the rows left");
const Period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Must be a month, YYYY-MM")
  .describe("A UTC calendar month, `YYYY-MM`: when a call started, or an entry was written");

export const ArchivePart = z
  .object({
    id: z.string(),
    table: ArchivedTable,
    period: Period,
    part: z.number().int().describe("The part's number within its table and month, from 1"),
    rows: z.number().int(),
    bytes: z.number().int().describe("The size of the gzipped NDJSON object"),
    sha256: z.string().describe("SHA-256 of the gzipped object, hex"),
    created_at: Timestamp.describe("When the rows left D1"),
  })
  .meta({ id: "ArchivePart" });

const toArchivePart = (row: ArchivePartRow): z.infer<typeof ArchivePart> => ({
  id: row.id,
  table: row.tableName,
  period: row.period,
  part: row.part,
  rows: row.rows,
  bytes: row.bytes ?? 0,
  sha256: row.sha256 ?? "",
  created_at: row.createdAt ?? row.plannedAt,
});

/** Mounted at `/v1/tenants/{tenant_id}/archives`, behind `authorizeTenant`. */
export const archiveRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List archive parts",
      description:
        "Ended calls, activity entries and finished webhook deliveries older than the plan's hot " +
        "window (starter 30 days, business 90, enterprise 400) leave the database for the " +
        "tenant's archive: gzipped NDJSON parts of up to 1000 rows of one table and month, each " +
        "with its row count and SHA-256. Newest first; filter by `table` and `period`.",
      responses: { 200: { description: "A page of parts", schema: pageOf(ArchivePart) } },
    }),
    queryParams(PageQuery.extend({ table: ArchivedTable.optional(), period: Period.optional() })),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listParts(c.get("db"), c.get("tenant").id, query);
      return c.json(toPage(rows, query.limit, toArchivePart));
    },
  )
  .get(
    "/:table/:period",
    describeRoute({
      tags,
      summary: "Read an archived month",
      description:
        "Every archived row of the table and month as NDJSON, one row a line, in the JSON the API " +
        "answers for it (a call as `GET …/calls/{id}`, an entry as in the activity log, a " +
        "delivery as `GET …/webhook-deliveries/{id}` with its event and attempt log), oldest " +
        "first. 404 when nothing of that month is archived. With `hipaa_enabled`, the read is " +
        "logged (`archive.accessed`) before it is served.",
      responses: {
        200: {
          description: "The rows, NDJSON",
          content: { "application/x-ndjson": z.string() },
        },
      },
    }),
    pathParams(TenantIdParam.extend({ table: ArchivedTable, period: Period })),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const { table, period } = c.req.valid("param");
      const parts = await partsInOrder(db, tenant.id, table, period);
      if (parts.length === 0) throw notFound("Archive");
      if (auditsReads(tenant)) {
        await insertAccess(db, actorOf(c), {
          tenantId: tenant.id,
          action: "archive.accessed",
          targetType: "archive",
          targetId: `${table}/${period}`,
          accessed: parts.map((part) => part.id),
        }).run();
      }
      return c.body(partLines(c.get("blobs"), parts), 200, {
        "Content-Type": "application/x-ndjson; charset=utf-8",
      });
    },
  );
