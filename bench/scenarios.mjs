// What `npm run bench` drives, in this order, each against its server ("baseline" or "api").
// `request({ tenant, sent })` describes one request: the connection's seeded tenant and how
// many requests this connection has sent. Ratios are to the scenario marked `isBaseline`;
// `goal` is the least ratio a route should reach. A new route is one more entry.

const tenantPath = (tenant, rest = "") => `/v1/tenants/${tenant.id}${rest}`;

export const scenarios = [
  {
    name: "baseline: a Worker answering ok",
    server: "baseline",
    isBaseline: true,
    request: () => ({ path: "/" }),
  },
  {
    name: "baseline after one D1 query",
    server: "baseline",
    request: () => ({ path: "/d1" }),
  },
  {
    name: "GET /v1/tenants/{id}",
    server: "api",
    goal: 0.6,
    request: ({ tenant }) => ({ path: tenantPath(tenant), token: tenant.token }),
  },
  {
    name: "PUT /v1/tenants/{id} with a secret",
    server: "api",
    goal: 0.35,
    request: ({ tenant, sent }) => ({
      method: "PUT",
      path: tenantPath(tenant),
      token: tenant.token,
      // A secret is re-encrypted on every write, so each request changes the row and logs it.
      body: { sip_password: `bench-sip-password-${sent}` },
    }),
  },
  {
    name: "GET /v1/tenants/{id}/activity-logs",
    server: "api",
    request: ({ tenant }) => ({ path: tenantPath(tenant, "/activity-logs"), token: tenant.token }),
  },
];
