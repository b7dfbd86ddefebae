import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import { blobResponse } from "../blobs/download";
import { fileKey } from "../blobs/keys";
import { storeUpload } from "../blobs/store-upload";
import { MAX_UPLOAD_SECONDS } from "../blobs/upload-registry";
import { files } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { locationOf } from "../lib/location";
import { PageQuery, pageOf, toPage } from "../lib/pagination";
import { pathParams, queryParams } from "../middleware/validate";
import { BinaryBody, ResourceIdParam } from "../openapi/common";
import { describeRoute } from "../openapi/route-doc";
import { deleteOwned, findOwned, insertOwned, listOwned } from "../resources/queries";
import { fileQuotaRefusal, roomForFile } from "../tenants/quotas";
import { additionChanges, removalChanges } from "../writes/plan";
import { KnowledgeFile, loggedFields, toFile } from "./schemas";
import { fileUpload, MAX_FILE_BYTES } from "./upload-source";

const tags = ["Files"];

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
        "The raw bytes as the body, the name in `X-Filename` (percent-encoded UTF-8 allowed) and " +
        "the type in `Content-Type`; or `multipart/form-data` with the file in a part named `file`. " +
        `At most ${MAX_FILE_BYTES} bytes (413); \`Content-Length\` is required (411). The bytes ` +
        "are streamed to storage and their SHA-256 computed on the way. The plan's quotas of " +
        "files and bytes apply (403 `quota_exceeded`); an upload still arriving after " +
        `${MAX_UPLOAD_SECONDS} s is cut off (408).`,
      headers: [
        { name: "X-Filename", description: "The file's name (raw uploads)" },
        { name: "Content-Length", description: "The body's size", required: true },
      ],
      body: {
        schema: BinaryBody,
        contentType: "application/octet-stream",
        description: "The file's bytes; or multipart/form-data with a `file` part",
      },
      errors: [400, 403, 408, 411, 413, 422],
      responses: { 201: { description: "The stored file's metadata", schema: KnowledgeFile } },
    }),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      const upload = await fileUpload(c.req.raw);
      const id = newId();
      const key = fileKey(tenant.id, id);
      const file = await storeUpload(
        { db, bucket: c.env.BLOBS },
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
          const inserted = await insertOwned(
            db,
            actorOf(c),
            files,
            row,
            {
              action: "file.created",
              targetType: "file",
              changes: additionChanges([...loggedFields], toFile(row)),
            },
            { guard: roomForFile(tenant.id, tenant.billingPlan, stored.size), also: [end] },
          );
          if (!inserted) {
            throw (
              (await fileQuotaRefusal(db, tenant.id, tenant.billingPlan, stored.size)) ??
              new ApiError(409, "conflict", "Changed concurrently; try again")
            );
          }
          return inserted;
        },
      );
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
      headers: [{ name: "Range", description: "bytes=start-end, one range" }],
      errors: [416],
      responses: {
        200: {
          description: "The bytes",
          schema: BinaryBody,
          contentType: "application/octet-stream",
        },
        206: { description: "The requested range" },
      },
    }),
    pathParams(ResourceIdParam),
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
      await c.env.BLOBS.delete(row.r2Key);
      return c.body(null, 204);
    },
  );
