import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { describe, expect, it, vi } from "vitest";
import type { CredentialCheck } from "../../src/access/credentials";
import type { AppEnv } from "../../src/env";
import { authenticate } from "../../src/middleware/authenticate";
import { database } from "../../src/middleware/database";
import { handleError } from "../../src/middleware/error-handler";
import { describeRoute } from "../../src/openapi/describe";
import { createPlatformAdmin, signup } from "../support/api-client";

/** A route that declares `credential` and answers without ever having it verified. */
const unverified = (credential?: CredentialCheck) =>
  new Hono<AppEnv>()
    .use(database())
    .get(
      "/v1/tenants/:tenant_id/unverified",
      describeRoute({
        tags: ["Test"],
        summary: "Answers whoever asks",
        ...(credential && { credential }),
        responses: { 200: { description: "Anything" } },
      }),
      authenticate(),
      (c) => c.json({ answered: true }),
    )
    .get(
      "/v1/unverified",
      describeRoute({
        tags: ["Test"],
        summary: "Answers whoever asks",
        ...(credential && { credential }),
        responses: { 200: { description: "Anything" } },
      }),
      authenticate(),
      (c) => c.json({ answered: true }),
    )
    .onError(handleError);

const request = (app: Hono<AppEnv>, path: string, token: string) =>
  app.request(path, { headers: { Authorization: `Bearer ${token}` } }, env);

describe("the one credential gate", () => {
  it("refuses a success for a route whose credential was never verified where it declares", async () => {
    const owner = await signup();
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const credential of [undefined, "tenant", "receipt"] as const) {
      const res = await request(
        unverified(credential),
        `/v1/tenants/${owner.tenantId}/unverified`,
        owner.token,
      );
      expect(res.status, String(credential)).toBe(401);
      expect(await res.json()).toMatchObject({ code: "invalid_token" });
    }
    vi.restoreAllMocks();
  });

  it("a platform route outside a tenant answers platform admins alone, before anything runs", async () => {
    const owner = await signup();
    const admin = await createPlatformAdmin();
    const app = unverified("platform");
    expect((await request(app, "/v1/unverified", owner.token)).status).toBe(403);
    expect((await request(app, "/v1/unverified", admin.token)).status).toBe(200);
  });
});
