import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import { everyCell } from "../cells/config";
import { createDb } from "../db/client";
import type { KeyRotationRow } from "../db/control-schema";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { JobRun, jobRunOf } from "../jobs/schemas";
import { keyring } from "../lib/secrets";
import { authenticate } from "../middleware/authenticate";
import { openSession } from "../middleware/database";
import { apiRateLimit } from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { rotationMessage } from "./kind";
import { reencryptStep } from "./reencrypt";
import { latestRotation, ROTATION_STAGES, startRotation } from "./rotations";

const ReencryptRequest = z
  .strictObject({ limit: z.number().int().min(1).max(200).default(100) })
  .meta({ id: "ReencryptRequest" });

const ReencryptResult = z
  .object({
    current_key: z.string(),
    reencrypted: z.number().int().describe("Values moved to the current key by this step"),
    unreadable: z
      .number()
      .int()
      .describe("Values no key in the ring opens; logged, left as they are"),
    remaining: z.number().int().describe("Values still sealed with another key"),
  })
  .meta({ id: "ReencryptResult" });

const KeyRotation = z
  .object({
    key: z.string().describe("The key every value is re-sealed with: the ring's current one"),
    status: z
      .enum(["pending", "running", "completed", "failed"])
      .describe(
        "failed: a step kept failing, or the ring's current key is no longer `key`; asked " +
          "for again, it resumes where it stopped",
      ),
    stage: z
      .enum(ROTATION_STAGES)
      .describe("reseal (cell after cell, `cell` the one it is at), recount (every cell), done"),
    cell: z.string().nullable(),
    batch: z.number().int().describe("Values re-sealed per step, at most"),
    reencrypted: z.number().int().describe("Values moved to `key` so far"),
    unreadable: z
      .number()
      .int()
      .describe("Values no key in the ring opens; logged, recorded, left as they are"),
    remaining: z
      .number()
      .int()
      .nullable()
      .describe("Values still sealed with another key at the last recount; null before it"),
    requested_by: z.string(),
    ...JobRun,
  })
  .meta({ id: "KeyRotation" });

const toRotation = (job: KeyRotationRow): z.infer<typeof KeyRotation> => ({
  key: job.id,
  status: job.status,
  stage: job.stage as z.infer<typeof KeyRotation>["stage"],
  cell: job.cell,
  batch: job.batch,
  ...job.counts,
  requested_by: job.requestedBy,
  ...jobRunOf(job),
});

const ROTATION_PATH = "/v1/admin/encryption/rotation";

/** Mounted at `/v1/admin/encryption`: key rotation, for platform admins. */
export const encryptionRoutes = new Hono<AppEnv>()
  .post(
    "/reencrypt",
    describeRoute({
      tags: ["Platform admin"],
      summary: "Re-encrypt secrets with the current key",
      description:
        "One bounded step of a key rotation, over every cell. Put the new key first in " +
        "`ENCRYPTION_KEYS` (old keys after it), call this until `remaining` is 0, then remove " +
        "the old keys.",
      credential: "platform",
      errors: ["forbidden"],
      responses: { 200: { description: "What this step did", schema: ReencryptResult } },
    }),
    authenticate(),
    apiRateLimit((c) => `admin:${c.get("principal").userId}`),
    noQueryParams(),
    jsonBody(ReencryptRequest),
    async (c) => {
      const { limit } = c.req.valid("json");
      // Cell after cell, sharing the step's budget; `remaining` counts every cell.
      const total = { reencrypted: 0, unreadable: 0, remaining: 0 };
      for (const { cell, d1 } of everyCell(c.env)) {
        const db = createDb(openSession(c, cell.name, d1));
        const budget = limit - total.reencrypted - total.unreadable;
        const step = await reencryptStep(db, actorOf(c), c.env.ENCRYPTION_KEYS, budget);
        total.reencrypted += step.reencrypted;
        total.unreadable += step.unreadable;
        total.remaining += step.remaining;
      }
      const { current } = await keyring(c.env.ENCRYPTION_KEYS);
      return c.json({ current_key: current, ...total });
    },
  )
  .post(
    "/rotation",
    describeRoute({
      tags: ["Platform admin"],
      summary: "Rotate every secret to the current key",
      description:
        "The whole rotation as a job: every value sealed with another key is re-sealed with " +
        "the ring's current one, cell after cell, `limit` values a step, then every cell is " +
        "counted once more. Follow it at `GET …/rotation`; once it is `completed`, remove the old " +
        "keys. A rotation running is returned as it is; a failed one resumes where it stopped; " +
        "a completed one starts over.",
      credential: "platform",
      errors: ["forbidden"],
      responses: {
        202: {
          description: "The rotation, started, resumed or running; `Location` is its path",
          schema: KeyRotation,
          headers: ["Location"],
        },
      },
    }),
    authenticate(),
    apiRateLimit((c) => `admin:${c.get("principal").userId}`),
    noQueryParams(),
    jsonBody(ReencryptRequest),
    async (c) => {
      const { current } = await keyring(c.env.ENCRYPTION_KEYS);
      const { job, send } = await startRotation(c.get("control"), {
        kid: current,
        requestedBy: c.get("principal").userId ?? "",
        batch: c.req.valid("json").limit,
      });
      if (send) await c.env.KEY_ROTATIONS.send(rotationMessage(job));
      c.header("Location", ROTATION_PATH);
      return c.json(toRotation(job), 202);
    },
  )
  .get(
    "/rotation",
    describeRoute({
      tags: ["Platform admin"],
      summary: "Get the key rotation",
      description: "Platform admins: the latest rotation, running or ended.",
      credential: "platform",
      errors: ["forbidden", "not_found"],
      responses: { 200: { description: "The rotation", schema: KeyRotation } },
    }),
    authenticate(),
    apiRateLimit((c) => `admin:${c.get("principal").userId}`),
    noQueryParams(),
    async (c) => {
      const job = await latestRotation(c.get("control"));
      if (!job) throw notFound("Rotation");
      return c.json(toRotation(job));
    },
  );
