import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../src/app";
import { countingD1 } from "../counting-d1";
import { clientRequest, type Owner, type RequestOptions, signup, tenantPath } from "../helpers";
import { callStart, createAgent } from "../resources/fixtures";

const d1 = countingD1(env.DB);

/** One request through the app with the counting D1; returns the response and its round trips. */
async function roundTripsOf(path: string, options: RequestOptions = {}) {
  d1.reset();
  const ctx = createExecutionContext();
  const res = await app.fetch(clientRequest(path, options), { ...env, DB: d1.binding }, ctx);
  await res.arrayBuffer();
  await waitOnExecutionContext(ctx);
  return { status: res.status, roundTrips: d1.roundTrips };
}

describe("the counting D1 binding", () => {
  it("counts a statement run and a batch as one round trip each, not prepare or bind", async () => {
    d1.reset();
    const select = d1.binding.prepare("SELECT ?1 AS n").bind(1);
    expect(d1.roundTrips).toBe(0);
    await select.first();
    expect(d1.roundTrips).toBe(1);
    await d1.binding.batch([select, d1.binding.prepare("SELECT 2")]);
    expect(d1.roundTrips).toBe(2);
    const session = d1.binding.withSession("first-primary");
    await session.prepare("SELECT 3").all();
    expect(d1.roundTrips).toBe(3);
  });
});

describe("D1 round trips per request", () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await signup("Round Trips");
  });

  it("GET tenant: 1 (the tenant row read by the authorization check)", async () => {
    const { status, roundTrips } = await roundTripsOf(tenantPath(owner.tenantId), {
      token: owner.token,
    });
    expect(status).toBe(200);
    expect(roundTrips).toBe(1);
  });

  it("PUT tenant with a secret: at most 2 (read, then update and log in one batch)", async () => {
    const { status, roundTrips } = await roundTripsOf(tenantPath(owner.tenantId), {
      method: "PUT",
      token: owner.token,
      body: { name: "Round Trips Inc", sip_password: "a sip secret" },
    });
    expect(status).toBe(200);
    expect(roundTrips).toBeLessThanOrEqual(2);
  });

  it("call start: at most 2 (the tenant row, then admission, log entry and view in one batch)", async () => {
    const agent = await createAgent(owner);
    const { status, roundTrips } = await roundTripsOf(tenantPath(owner.tenantId, "/calls"), {
      method: "POST",
      token: owner.token,
      body: callStart(agent.id, { direction: "outbound" }),
    });
    expect(status).toBe(201);
    expect(roundTrips).toBeLessThanOrEqual(2);
  });

  it("GET activity log: 2 (the tenant row, then the page)", async () => {
    const { status, roundTrips } = await roundTripsOf(
      tenantPath(owner.tenantId, "/activity-logs"),
      {
        token: owner.token,
      },
    );
    expect(status).toBe(200);
    expect(roundTrips).toBe(2);
  });

  it("a refused token costs none", async () => {
    const { status, roundTrips } = await roundTripsOf(tenantPath(owner.tenantId), {
      token: "not.a.token",
    });
    expect(status).toBe(401);
    expect(roundTrips).toBe(0);
  });
});
