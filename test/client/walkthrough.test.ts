import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";
import { walkthrough } from "../../examples/walkthrough";
import { uniqueEmail } from "../support/api-client";

it("runs the README walk-through with the typed client", async () => {
  const owner = { email: uniqueEmail(), password: "correct horse battery", name: "Acme" };
  const steps = await walkthrough(
    {
      baseUrl: "http://api.test",
      fetch: (request) => exports.default.fetch(request),
      // Its own client address, so the per-IP signup and login limits count this test alone.
      headers: { "CF-Connecting-IP": "192.0.2.80" },
    },
    owner,
  );

  expect(steps.signup.response.status).toBe(201);
  expect(steps.login.response.status).toBe(200);
  expect(steps.tenant.response.status).toBe(200);
  expect(steps.tenant.data?.billing_plan).toBe("starter");
  expect(steps.etag).not.toBe("");

  expect(steps.setup.response.status).toBe(200);
  expect(steps.setup.data).toMatchObject({
    name: "Acme Health",
    billing_plan: "enterprise",
    hipaa_enabled: true,
    sip_password_set: true,
    webhook_secret_set: true,
  });
  expect(steps.setup.data).not.toHaveProperty("sip_password");
  expect(steps.planRuleBroken.response.status).toBe(422);

  expect(steps.activity.response.status).toBe(200);
  const update = steps.activity.data?.items.find((entry) => entry.action === "tenant.updated");
  expect(update?.changes.sip_password).toEqual({ from: null, to: "[redacted]" });

  expect(steps.agent.response.status).toBe(201);
  expect(steps.call.response.status).toBe(201);
  expect(steps.call.data?.status).toBe("active");

  expect(steps.recording.response.status).toBe(201);
  expect(steps.recording.data?.recording).toMatchObject({ size: 16044, content_type: "audio/wav" });
  expect(steps.download.response.status).toBe(200);
  expect(steps.checksums.stored).toBe(steps.checksums.sent);
  expect(steps.checksums.downloaded).toBe(steps.checksums.sent);

  expect(steps.file.response.status).toBe(201);
  expect(steps.file.data).toMatchObject({
    name: "opening-hours.txt",
    content_type: "text/plain",
    size: steps.opening.length,
  });
  expect(steps.fileText.data).toBe(steps.opening);
  expect(steps.form.response.status).toBe(201);
  expect(steps.form.data).toMatchObject({
    name: "greeting.wav",
    content_type: "audio/wav",
    size: 16044,
    sha256: steps.checksums.sent,
  });

  expect(steps.ended.response.status).toBe(200);
  expect(steps.ended.data).toMatchObject({ status: "ended", ended_reason: "hangup" });
  expect(steps.ended.data?.duration_seconds).toBeGreaterThanOrEqual(0);

  expect(steps.usage.response.status).toBe(200);
  expect(steps.usage.data).toMatchObject({
    billing_plan: "enterprise",
    active_calls: 0,
    calls_this_month: 1,
    max_concurrent_calls: 50,
    monthly_call_limit: 20000,
  });

  expect(steps.oneSlot.response.status).toBe(200);
  expect(steps.admitted.response.status).toBe(201);
  expect(steps.refused.response.status).toBe(429);
  expect(steps.refused.error).toMatchObject({ code: "concurrency_limit_reached" });
  expect(steps.refused.response.headers.get("Retry-After")).toBe("5");

  expect(steps.preview.response.status).toBe(200);
  expect(steps.wouldDelete).toMatchObject({ agents: 1, calls: 2, files: 2 });
});
