import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { signup } from "../../bench/lib/api.mjs";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A stand-in API whose signup refuses the first `refusals` requests as rate limited. */
async function apiRefusingSignups(refusals: number) {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    request.resume();
    if (seen.length <= refusals) {
      response.writeHead(429, { "retry-after": "1", "content-type": "application/json" });
      response.end(JSON.stringify({ detail: "Too many requests", code: "rate_limited" }));
      return;
    }
    response.writeHead(201, { "content-type": "application/json" });
    response.end(JSON.stringify({ tenant_id: "t-1", access_token: "token-1" }));
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, seen };
}

describe("the benchmark's client", () => {
  // The full run signs up more tenants than the signup limit allows a minute from one address
  // (20): its seeding waits the limit out as a patient client would, rather than failing the run.
  it("waits out a rate-limited signup and signs up", async () => {
    const api = await apiRefusingSignups(1);
    const tenant = await signup(api.origin, "Bench 0", "eu");
    expect(tenant).toEqual({ id: "t-1", token: "token-1", region: "eu" });
    expect(api.seen).toEqual(["POST /v1/auth/signup", "POST /v1/auth/signup"]);
  });
});
