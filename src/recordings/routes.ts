import { Hono } from "hono";
import { auditsReads, insertAccess } from "../activity/access";
import { actorOf } from "../activity/actor";
import { blobResponse } from "../blobs/download";
import { recordingKey } from "../blobs/keys";
import { storeUpload } from "../blobs/store-upload";
import { rawUpload } from "../blobs/upload";
import { billingPeriod } from "../calls/period";
import { findCall, setRecording } from "../calls/queries";
import { Call, toCall } from "../calls/schemas";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { newId, nowIso } from "../lib/ids";
import { noQueryParams, pathParams } from "../middleware/validate";
import { bytesAs, downloadResponses, RANGE, UPLOAD_ERRORS } from "../openapi/bytes";
import { ResourceIdParam } from "../openapi/common";
import { IF_NONE_MATCH } from "../openapi/conditional";
import { describeRoute } from "../openapi/describe";
import { crossingValues, reachedDeliveries, recordingAlerts } from "../usage-alerts/crossings";
import { sendDeliveries } from "../webhooks/emit";
import { recordingRefusal, requireRecordings } from "./gate";
import { clearRecording } from "./queries";

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

/**
 * Mounted at `/v1/tenants/{tenant_id}/calls/{id}/recording`. Uploads and downloads need
 * `recording_enabled` and no `pci_enabled`; a delete is always allowed.
 */
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
        "`pci_enabled` while the tenant has `pci_enabled`, 403 `recording_disabled` unless it has " +
        "`recording_enabled`; both are checked again when the upload is recorded, so an upload " +
        "that a switch to PCI overtakes stores nothing.",
      body: { description: "The audio", content: bytesAs(AUDIO_TYPES) },
      errors: ["pci_enabled", "recording_disabled", "unsupported_media_type", ...UPLOAD_ERRORS],
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
      requireRecordings(tenant);
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
      let reached: { id: string; tenantId: string }[] = [];
      const updated = await storeUpload(
        { db, bucket: c.get("blobs") },
        { tenantId: tenant.id, key },
        upload,
        async (stored, end) => {
          const alerts = crossingValues(actorOf(c), {
            tenantId: tenant.id,
            periodStart: billingPeriod(new Date()).start,
            causeId: key,
          });
          const { row, also } = await setRecording(
            db,
            actorOf(c),
            { tenantId: tenant.id, id: call.id },
            { key, contentType, ...stored },
            { size: call.recordingSize, sha256: call.recordingSha256 },
            [end, ...recordingAlerts(db, alerts)],
          );
          if (!row) throw await recordingRefusal(db, tenant.id);
          reached = reachedDeliveries(also.at(-1) as Record<string, unknown>[], tenant.id);
          return row;
        },
      );
      await sendDeliveries(db, c.env.WEBHOOK_DELIVERIES, reached);
      // The replaced bytes: should this delete fail, the tenant's prefix sweep removes them.
      if (call.recordingKey && call.recordingKey !== key)
        await c.get("blobs").delete(call.recordingKey);
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
        "403 `pci_enabled` while the tenant has `pci_enabled`, 403 `recording_disabled` unless " +
        "it has `recording_enabled`. With `hipaa_enabled`, the read (200, 206 or 304) is logged " +
        "(`recording.accessed`) before anything is sent.",
      headers: [RANGE, IF_NONE_MATCH],
      errors: ["pci_enabled", "recording_disabled", "range_not_satisfiable"],
      responses: downloadResponses(AUDIO_TYPES, "The audio"),
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenant = c.get("tenant");
      requireRecordings(tenant);
      const call = await findCall(db, tenant.id, c.req.valid("param").id);
      if (!call) throw notFound("Call");
      if (!call.recordingKey) throw notFound("Recording");
      const audit = auditsReads(tenant)
        ? () =>
            insertAccess(db, actorOf(c), {
              tenantId: tenant.id,
              action: "recording.accessed",
              targetType: "call",
              targetId: call.id,
              accessed: [call.id],
            }).run()
        : undefined;
      return blobResponse(
        c,
        call.recordingKey,
        {
          size: call.recordingSize ?? 0,
          contentType: call.recordingContentType ?? "application/octet-stream",
          sha256: call.recordingSha256 ?? "",
        },
        "Recording",
        audit,
      );
    },
  )
  .delete(
    "/",
    describeRoute({
      tags,
      summary: "Delete call recording",
      description:
        "Removes the audio from storage and the recording's metadata from the call, which keeps " +
        "its other fields; logged as `call.recording_deleted`. Allowed whatever the tenant's " +
        "features, `pci_enabled` included, so stored audio can always be removed. 404 when the " +
        "call has no recording. The audio goes first: should the rest fail, the call still shows " +
        "the metadata (its download answers 404) and sending the DELETE again finishes the job. " +
        "409 `conflict` when a new recording was uploaded meanwhile; it is kept.",
      errors: ["conflict"],
      responses: { 204: { description: "Deleted" } },
    }),
    pathParams(ResourceIdParam),
    noQueryParams(),
    async (c) => {
      const db = c.get("db");
      const tenantId = c.get("tenant").id;
      const call = await findCall(db, tenantId, c.req.valid("param").id);
      if (!call) throw notFound("Call");
      if (!call.recordingKey) throw notFound("Recording");
      await c.get("blobs").delete(call.recordingKey);
      const { cleared, current } = await clearRecording(
        db,
        actorOf(c),
        {
          tenantId,
          id: call.id,
          key: call.recordingKey,
          size: call.recordingSize,
          sha256: call.recordingSha256,
        },
        "call.recording_deleted",
        nowIso(),
      );
      if (cleared) return c.body(null, 204);
      if (!current?.recordingKey) throw notFound("Recording");
      throw new ApiError(409, "conflict", "A new recording was uploaded meanwhile; it was kept");
    },
  );
