import autocannon from "autocannon";

/**
 * Drives `baseUrl` with `connections` concurrent connections for `seconds`. Each connection
 * keeps one tenant (taken in turn from `tenants`) and sends `scenario.request({ tenant, sent })`
 * in a loop, `sent` counting its requests. Any failed request fails the scenario.
 */
export async function drive(baseUrl, scenario, { connections, seconds, tenants = [] }) {
  let taken = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        // autocannon deep-copies `requests` for every connection, so `slot` is one object per
        // connection: with a tenant per connection, no two connections write the same row.
        slot: {},
        setupRequest(request) {
          const { slot } = request;
          slot.tenant ??= tenants[taken++ % tenants.length];
          slot.sent = (slot.sent ?? 0) + 1;
          return { ...request, ...toHttp(scenario.request(slot)) };
        },
        ...(scenario.onResponse && {
          // Called on this connection's copy of the request, which holds its slot.
          onResponse(status, body) {
            scenario.onResponse({ tenant: this.slot.tenant, status, body });
          },
        }),
      },
    ],
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    const statuses = Object.entries(result.statusCodeStats ?? {})
      .map(([status, { count }]) => `${status}×${count}`)
      .join(", ");
    throw new Error(`${scenario.name}: ${failed} of ${result.requests.total} failed (${statuses})`);
  }
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}

function toHttp({ method = "GET", path, token, body }) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body === undefined) return { method, path, headers };
  headers["content-type"] = "application/json";
  return { method, path, headers, body: JSON.stringify(body) };
}
