import { Hono } from "hono";
import { actorOf } from "../activity/actor";
import { blobResponse } from "../blobs/download";
import { recordingKey } from "../blobs/keys";
import { storeUpload } from "../blobs/store-upload";
import { rawUpload } from "../blobs/upload";
import { findCall, setRecording } from "../calls/queries";
import { Call, toCall } from "../calls/schemas";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { newId } from "../lib/ids";
import { noQueryParams, pathParams } from "../middleware/validate";
import { bytesAs, downloadResponses, RANGE, UPLOAD_ERRORS } from "../openapi/bytes";
import { ResourceIdParam } from "../openapi/common";
import { IF_NONE_MATCH } from "../openapi/conditional";
import { describeRoute } from "../openapi/describe";
import { requireFeature } from "../tenants/features";

export const MAX_RECORDING_BYTES = 100_000_000;

/** The audio a recording may be; parameters may follow the type (`audio/L16; rate=8000`). */
export const AUDIO_TYPES = [
  "audio/wav",
  "audio/x-wav",
  "audio/mpeg",
  "audio/mp4",
  "audio/aac",
  "audio/ogg",
  "audio/webm",
  "audio/flac",
  "audio/L16",
  "audio/basic",
  "audio/opus",
] as const;

const ACCEPTED = new Set(AUDIO_TYPES.map((type) => type.toLowerCase()));

const isAudio = (contentType: string) =>
  ACCEPTED.has(contentType.split(";")[0]?.trim().toLowerCase() ?? "");

const tags = ["Calls"];

/** Mounted at `/v1/tenants/{tenant_id}/calls/{id}/recording`; every route needs `recording_enabled`. */
export const recordingRoutes = new Hono<AppEnv>()
  .put(
    "/",
    describeRoute({
      tags,
      summary: "Upload call recording",
      description:
        "The audio as the raw body, in one of the listed types (parameters such as " +
        "`; rate=8000` may follow; any other type is 415), with its `Content-Length` (411 " +
        "without), streamed to storage with its SHA-256 computed on the way; at most " +
        `${MAX_RECORDING_BYTES} bytes. Replaces an earlier recording of the call. 403 ` +
        "`recording_disabled` unless the tenant has `recording_enabled`.",
      body: { description: "The audio", content: bytesAs(AUDIO_TYPES) },
      errors: ["recording_disabled", "unsupported_media_type", ...UPLOAD_ERRORS],
      responses: {
        200: { description: "Replaced; the call with its recording", schema: Call },
        201: { description: "Stored; the call with its recording", schema: Call },
      },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      requireFeature(tenant, "recording");
      const contentType = c.req.header("Content-Type") ?? "";
      if (!isAudio(contentType)) {
        throw new ApiError(
          415,
          "unsupported_media_type",
          `Send the recording as one of ${AUDIO_TYPES.join(", ")}`,
        );
      }
      const upload = rawUpload(c.req.raw, MAX_RECORDING_BYTES, contentType);
      const call = await findCall(db, tenant.id, c.req.valid("param").id);
      if (!call) throw notFound("Call");
      // Each upload gets a key of its own, so a refused one never touches the recording in place.
      const key = recordingKey(tenant.id, call.id, newId());
      const updated = await storeUpload(
        { db, bucket: c.env.BLOBS },
        { tenantId: tenant.id, key },
        upload,
        async (stored, end) => {
          const row = await setRecording(
            db,
            actorOf(c),
            { tenantId: tenant.id, id: call.id },
            { key, contentType, ...stored },
            { size: call.recordingSize, sha256: call.recordingSha256 },
            [end],
          );
          if (!row) throw notFound("Call");
          return row;
        },
      );
      // The replaced bytes: should this delete fail, the tenant's prefix sweep removes them.
      if (call.recordingKey && call.recordingKey !== key)
        await c.env.BLOBS.delete(call.recordingKey);
      return c.json(toCall(updated), call.recordingKey ? 200 : 201);
    },
  )
  .get(
    "/",
    describeRoute({
      tags,
      summary: "Download call recording",
      description:
        "The audio, streamed; a single `Range` (`bytes=start-end`) answers 206 with that part. " +
        "403 `recording_disabled` unless the tenant has `recording_enabled`.",
      headers: [RANGE, IF_NONE_MATCH],
      errors: ["recording_disabled", "range_not_satisfiable"],
      responses: downloadResponses(AUDIO_TYPES, "The audio"),
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const tenant = c.get("tenant");
      requireFeature(tenant, "recording");
      const call = await findCall(c.get("db"), tenant.id, c.req.valid("param").id);
      if (!call) throw notFound("Call");
      if (!call.recordingKey) throw notFound("Recording");
      return blobResponse(
        c,
        call.recordingKey,
        {
          size: call.recordingSize ?? 0,
          contentType: call.recordingContentType ?? "application/octet-stream",
          sha256: call.recordingSha256 ?? "",
        },
        "Recording",
      );
    },
  );
