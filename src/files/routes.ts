import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import { blobResponse } from "../blobs/download";
import { fileKey } from "../blobs/keys";
import { storeUpload } from "../blobs/store-upload";
import { MAX_UPLOAD_SECONDS } from "../blobs/upload-registry";
import { billingPeriod } from "../calls/period";
import { files } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { noQueryParams, pathParams, queryParams } from "../middleware/validate";
import { bytesAs, downloadResponses, RANGE, UPLOAD_ERRORS } from "../openapi/bytes";
import { BinaryBody, ResourceIdParam } from "../openapi/common";
import { IF_NONE_MATCH } from "../openapi/conditional";
import { describeRoute } from "../openapi/describe";
import { header } from "../openapi/headers";
import { deleteOwned, findOwned, insertOwnedWithAlso, listOwned } from "../resources/queries";
import { fileQuotaRefusal, roomForFile } from "../tenants/quotas";
import { crossingValues, fileAlerts, reachedDeliveries } from "../usage-alerts/crossings";
import { sendDeliveries } from "../webhooks/emit";
import { additionChanges, removalChanges } from "../writes/plan";
import { KnowledgeFile, loggedFields, toFile } from "./schemas";
import { FILE_NAME_PATTERN, fileUpload, MAX_FILE_BYTES } from "./upload-source";

const tags = ["Files"];

/** Types documented for raw uploads and downloads; any other `type/subtype` is stored as sent. */
const FILE_TYPES = ["application/octet-stream", "text/plain", "application/pdf"];

const FileForm = z.object({
  file: BinaryBody.describe("The file; its type is the part's own, its name `X-Filename`"),
});

const X_FILENAME = header(
  "X-Filename",
  "The file's name, with either form of upload: percent-encoded UTF-8 allowed; decoded, 1 to " +
    "255 characters, no control characters or slashes",
  { type: "string", minLength: 1, pattern: FILE_NAME_PATTERN.source },
  true,
);

/** Mounted at `/v1/tenants/{tenant_id}/files`: the knowledge base, bytes in R2, metadata in D1. */
export const fileRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List files",
      description: "Metadata only, newest first; the bytes are at `…/files/{id}/content`.",
      responses: { 200: { description: "A page", schema: pageOf(KnowledgeFile) } },
    }),
    queryParams(PageQuery),
    async (c) => {
      const query = c.req.valid("query");
      const rows = await listOwned(c.get("db"), files, c.get("tenant").id, query);
      return c.json(toPage(rows, query.limit, toFile));
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Upload file",
      description:
        "The name in `X-Filename` (percent-encoded UTF-8 allowed); the raw bytes as the body, " +
        "the type in `Content-Type` (any `type/subtype`, stored as sent), or " +
        "`multipart/form-data` with the file in a part named `file`, typed by the part. " +
        `At most ${MAX_FILE_BYTES} bytes (413); \`Content-Length\` is required (411). The bytes ` +
        "are streamed to storage and their SHA-256 computed on the way. The plan's quotas of " +
        "files and bytes apply (403 `quota_exceeded`); an upload still arriving after " +
        `${MAX_UPLOAD_SECONDS} s is cut off (408).`,
      headers: [X_FILENAME],
      body: {
        description: "The file's bytes; or multipart/form-data with a `file` part",
        content: { ...bytesAs(FILE_TYPES), "multipart/form-data": FileForm },
      },
      errors: ["quota_exceeded", "conflict", ...UPLOAD_ERRORS],
      responses: {
        201: {
          description: "The stored file's metadata",
          schema: KnowledgeFile,
          headers: ["Location"],
        },
      },
    }),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const upload = await fileUpload(c.req.raw);
      const id = newId();
      const key = fileKey(tenant.id, id);
      let reached: { id: string; tenantId: string }[] = [];
      const file = await storeUpload(
        { db, bucket: c.get("blobs") },
        { tenantId: tenant.id, key },
        upload,
        async (stored, end) => {
          const now = nowIso();
          const row = {
            id,
            tenantId: tenant.id,
            name: upload.name,
            contentType: upload.contentType,
            size: stored.size,
            sha256: stored.sha256,
            r2Key: key,
            createdAt: now,
            updatedAt: now,
          };
          const alerts = crossingValues(actorOf(c), {
            tenantId: tenant.id,
            periodStart: billingPeriod(new Date()).start,
            causeId: id,
          });
          const { row: inserted, also } = await insertOwnedWithAlso(
            db,
            actorOf(c),
            files,
            row,
            {
              action: "file.created",
              targetType: "file",
              changes: additionChanges([...loggedFields], toFile(row)),
            },
            {
              guard: roomForFile(tenant.id, tenant.billingPlan, stored.size),
              also: [end, ...fileAlerts(db, alerts)],
            },
          );
          reached = reachedDeliveries(also.at(-1) as Record<string, unknown>[], tenant.id);
          if (!inserted) {
            throw (
              (await fileQuotaRefusal(db, tenant.id, tenant.billingPlan, stored.size)) ??
              new ApiError(409, "conflict", "Changed concurrently; try again")
            );
          }
          return inserted;
        },
      );
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, reached);
      c.header("Location", locationOf(c, id));
      return c.json(toFile(file), 201);
    },
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "Get file metadata",
      responses: { 200: { description: "The file's metadata", schema: KnowledgeFile } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const row = await findOwned(c.get("db"), files, c.get("tenant").id, c.req.valid("param").id);
      if (!row) throw notFound("File");
      return c.json(toFile(row));
    },
  )
  .get(
    "/:id/content",
    describeRoute({
      tags,
      summary: "Download file",
      description:
        "The bytes as uploaded, streamed, with the stored `Content-Type`. A single `Range` " +
        "(`bytes=start-end`) answers 206 with that part.",
      headers: [RANGE, IF_NONE_MATCH],
      errors: ["range_not_satisfiable"],
      responses: downloadResponses(FILE_TYPES, "The bytes as uploaded", { named: true }),
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const row = await findOwned(c.get("db"), files, c.get("tenant").id, c.req.valid("param").id);
      if (!row) throw notFound("File");
      return blobResponse(c, row.r2Key, { ...row, filename: row.name }, "File");
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Delete file",
      description: "Removes the metadata and the bytes.",
      responses: { 204: { description: "Deleted" } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenantId = c.get("tenant").id;
      const row = await findOwned(db, files, tenantId, c.req.valid("param").id);
      if (!row) throw notFound("File");
      const deleted = await deleteOwned(
        db,
        actorOf(c),
        files,
        { tenantId, id: row.id },
        {
          action: "file.deleted",
          targetType: "file",
          changes: removalChanges([...loggedFields], toFile(row)),
        },
      );
      if (!deleted) throw notFound("File");
      // The row goes first: should this delete fail, the object is unreachable and the tenant's
      // prefix sweep removes it, whereas a row without its object would answer 404 on download.
      await c.get("blobs").delete(row.r2Key);
      return c.body(null, 204);
    },
  );
