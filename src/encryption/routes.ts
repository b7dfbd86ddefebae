import { Hono } from "hono";
import * as z from "zod";
import { actorOf } from "../activity/actor";
import { everyCell } from "../cells/config";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";
import { keyring } from "../lib/secrets";
import { authenticate } from "../middleware/authenticate";
import { openSession } from "../middleware/database";
import { apiRateLimit } from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { reencryptStep } from "./reencrypt";

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

/** Mounted at `/v1/admin/encryption`: key rotation, for platform admins. */
export const encryptionRoutes = new Hono<AppEnv>().post(
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
);
