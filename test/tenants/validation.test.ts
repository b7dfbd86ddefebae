import { beforeAll, describe, expect, it } from "vitest";
import { type Owner, signup, updateTenant } from "../support/api-client";

type Detail = { loc: (string | number)[]; msg: string; type: string }[];

let owner: Owner;
beforeAll(async () => {
  owner = await signup("Edges");
  // Room for the limits under test: enterprise caps concurrency at 1000 and has no monthly cap.
  expect((await updateTenant(owner, { billing_plan: "enterprise" })).status).toBe(200);
});

async function expectRefused(body: unknown, field: string, type?: string) {
  const { status, body: answer } = await updateTenant(owner, body);
  expect(status).toBe(422);
  const detail = (answer as { detail: Detail }).detail;
  const entry = detail.find((d) => d.loc.join(".") === `body.${field}`);
  expect(entry, JSON.stringify(detail)).toBeDefined();
  if (type) expect(entry?.type).toBe(type);
}

describe("tenant update: field rules at their edges", () => {
  it.each([
    ["", 422],
    ["a", 200],
    ["x".repeat(255), 200],
    ["x".repeat(256), 422],
  ])("name of %# characters → %i", async (name, expected) => {
    const { status } = await updateTenant(owner, { name });
    expect(status).toBe(expected);
  });

  it.each([
    [0, 422],
    [1, 200],
    [1000, 200],
    [1001, 422],
  ])("max_concurrent_calls %i → %i", async (value, expected) => {
    const { status, body } = await updateTenant(owner, { max_concurrent_calls: value });
    expect(status).toBe(expected);
    if (expected === 200) expect(body.max_concurrent_calls).toBe(value);
  });

  it.each([
    [-1, 422],
    [0, 200],
  ])("monthly_call_limit %i → %i", async (value, expected) => {
    expect((await updateTenant(owner, { monthly_call_limit: value })).status).toBe(expected);
  });

  it("refuses an unknown plan", () =>
    expectRefused({ billing_plan: "platinum" }, "billing_plan", "enum"));

  it.each([
    [{ max_concurrent_calls: "10" }, "max_concurrent_calls"],
    [{ max_concurrent_calls: 2.5 }, "max_concurrent_calls"],
    [{ sip_enabled: "yes" }, "sip_enabled"],
    [{ name: 42 }, "name"],
    [{ name: null }, "name"],
    [{ webhook_events: "tenant.updated" }, "webhook_events"],
    [{ webhook_events: ["tenant.exploded"] }, "webhook_events.0"],
  ])("refuses wrong types: %j", (body, field) => expectRefused(body, field));

  it.each([
    ["id", "someone-else"],
    ["created_at", "2020-01-01T00:00:00Z"],
    ["updated_at", "2020-01-01T00:00:00Z"],
    ["sip_password_set", true],
    ["owner_id", "x"],
    ["favourite_colour", "blue"],
  ])("refuses the unknown or read-only field %s", (field, value) =>
    expectRefused({ [field]: value }, field, "extra_forbidden"),
  );

  it("refuses status deleting: only active and inactive can be set", () =>
    expectRefused({ status: "deleting" }, "status", "enum"));

  it("a refused update changes nothing, even its valid fields", async () => {
    const before = await updateTenant(owner, {});
    const { status } = await updateTenant(owner, { name: "Valid name", max_concurrent_calls: 0 });
    expect(status).toBe(422);
    const after = await updateTenant(owner, {});
    expect(after.body).toEqual(before.body);
  });

  it("a body that is not an object is a 422 on the body", async () => {
    const { status, body } = await updateTenant(owner, [1, 2]);
    expect(status).toBe(422);
    expect((body as { detail: Detail }).detail[0]?.loc).toEqual(["body"]);
  });
});

describe("tenant update: partial and soft delete", () => {
  it("changes only the fields sent", async () => {
    const before = (await updateTenant(owner, {})).body;
    const { body } = await updateTenant(owner, { analytics_enabled: true });
    expect(body).toEqual({ ...before, analytics_enabled: true, updated_at: body.updated_at });
  });

  it("sets status to inactive and back to active", async () => {
    expect((await updateTenant(owner, { status: "inactive" })).body.status).toBe("inactive");
    expect((await updateTenant(owner, { status: "active" })).body.status).toBe("active");
  });

  it("accepts https webhook URLs and http only to localhost in development", async () => {
    expect((await updateTenant(owner, { webhook_url: "https://hooks.example.com/x" })).status).toBe(
      200,
    );
    expect((await updateTenant(owner, { webhook_url: "http://localhost:9999/hook" })).status).toBe(
      200,
    );
    await expectRefused(
      { webhook_url: "http://hooks.example.com/x" },
      "webhook_url",
      "url_not_allowed",
    );
    await expectRefused({ webhook_url: "ftp://hooks.example.com/x" }, "webhook_url");
    await expectRefused({ webhook_url: "not a url" }, "webhook_url");
  });
});
