// What `npm run bench` drives, in this order, each against its server ("baseline" or "api"). The
// yardsticks' D1 steps run on the database of the connection's tenant's region, as the API's do.
// `request({ tenant, sent })` describes one request: the connection's seeded tenant and how
// many requests this connection has sent. Ratios are to the scenario marked `isBaseline`;
// `floor` names the yardstick doing only the runtime's part of the route (its D1 calls, rate
// limit, log line), the most the route can reach here; `floorGoal` is the least ratio to the
// floor a route should reach (what the API adds to the runtime's part: at most 5 % of its rate).
// A new route is one more entry. `uses` names the seeded tenants a scenario needs beyond the
// connections' own ("history" or "month"), seeded only when such a scenario runs. Optional:
// `onResponse({ tenant, status, body })` sees every answer, and `afterRun(origin)` runs after each
// run of the scenario, outside its timing.
import { forEachLimited, send } from "./lib/api.mjs";

const tenantPath = (tenant, rest = "") => `/v1/tenants/${tenant.id}${rest}`;

const READ_FLOOR = "baseline after D1, rate limit and log line";
/** The least share of its floor's requests/s a route should reach. */
const ROUTE_FLOOR_GOAL = 0.95;
const WRITE_FLOOR = "baseline after those and a D1 write batch";

/**
 * Call start. Every call it starts holds one of its tenant's concurrent-call slots, so the calls a
 * run started are ended after it: however fast the machine, no tenant nears its concurrency limit
 * (calls started per tenant in one run stay far below its rate limit, which is lower). By default
 * each connection starts calls for its own seeded tenant; `tenantOf` picks another.
 */
function callStart({ name = TENANT_START, tenantOf = (tenant) => tenant, ...rest } = {}) {
  const started = [];
  return {
    name,
    server: "api",
    ...rest,
    request: ({ tenant: own, sent }) => {
      const tenant = tenantOf(own);
      return {
        method: "POST",
        path: tenantPath(tenant, "/calls"),
        token: tenant.token,
        body: {
          agent_id: tenant.agentId,
          direction: "outbound",
          from_number: "+14155550100",
          to_number: `+1415${String(sent % 10_000_000).padStart(7, "0")}`,
        },
      };
    },
    onResponse: ({ tenant, status, body }) => {
      if (status === 201) started.push({ tenant: tenantOf(tenant), id: JSON.parse(body).id });
    },
    // On one tenant, a fast machine starts more calls in a run than its rate limit (1000
    // requests in 10 s) leaves room to end at once: the ends wait their turn.
    afterRun: (origin) =>
      forEachLimited(started.splice(0), 10, ({ tenant, id }) =>
        send(origin, "POST", tenantPath(tenant, `/calls/${id}/end`), {
          token: tenant.token,
          waitOnLimit: true,
        }),
      ),
  };
}

/** Each seeded tenant's counterpart in a family, filled in once seeded (bench/lib/seed.mjs). */
export const subaccountOf = new Map();

const TENANT_START = "POST /v1/tenants/{id}/calls (admission)";

/**
 * The tenants of call start by the month's calls, filled in once seeded (bench/lib/storage.mjs):
 * `busy` has `calls` ended calls this month and its monthly count says so, `fresh` has none.
 */
export const callMonth = { busy: null, fresh: null, calls: 100_000 };

const FRESH_START = "POST …/calls, no calls this month";

/** Call start for `busy`, against `fresh` as its floor: a start should not grow with the month. */
export const busyMonthStart = busyStart();

function busyStart() {
  const scenario = callStart({
    floor: FRESH_START,
    floorGoal: 0.9,
    uses: "month",
    tenantOf: () => callMonth.busy,
  });
  // Named by the calls seeded, known once the flags are read.
  return Object.defineProperty(scenario, "name", {
    get: () => `POST …/calls, ${callMonth.calls.toLocaleString("en-US")} calls this month`,
    enumerable: true,
  });
}

/** The tenants of the analytics scenarios, filled in once seeded (bench/lib/history.mjs). */
export const callHistory = { history: null, empty: null };

const DAY_MS = 24 * 3600 * 1000;
const dateOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A year of daily buckets up to tomorrow, in a zone with DST: the same query for both tenants. */
function yearByDay(which) {
  const now = Date.now();
  const query = new URLSearchParams({
    from: dateOf(now - 365 * DAY_MS),
    to: dateOf(now + DAY_MS),
    interval: "day",
    timezone: "America/New_York",
  });
  return () => {
    const tenant = callHistory[which];
    return { path: tenantPath(tenant, `/analytics/calls?${query}`), token: tenant.token };
  };
}

const ANALYTICS_FLOOR = "GET …/analytics/calls, a year by day, no calls";

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
    request: ({ tenant }) => ({ path: `/d1?region=${tenant.region}` }),
  },
  {
    name: READ_FLOOR,
    server: "baseline",
    request: ({ tenant }) => ({ path: `/d1-limit-log?region=${tenant.region}` }),
  },
  {
    name: WRITE_FLOOR,
    server: "baseline",
    request: ({ tenant }) => ({ path: `/d1-limit-log-write?region=${tenant.region}` }),
  },
  {
    name: "GET /v1/tenants/{id}",
    server: "api",
    floor: READ_FLOOR,
    floorGoal: ROUTE_FLOOR_GOAL,
    request: ({ tenant }) => ({ path: tenantPath(tenant), token: tenant.token }),
  },
  {
    name: "PUT /v1/tenants/{id} with a secret",
    server: "api",
    floor: WRITE_FLOOR,
    floorGoal: ROUTE_FLOOR_GOAL,
    request: ({ tenant, sent }) => ({
      method: "PUT",
      path: tenantPath(tenant),
      token: tenant.token,
      // A secret is re-encrypted on every write, so each request changes the row and logs it.
      body: { sip_password: `bench-sip-password-${sent}` },
    }),
  },
  callStart({ floor: WRITE_FLOOR, floorGoal: ROUTE_FLOOR_GOAL }),
  // The same start in a sub-account, whose admission also reads its family's pool: against call
  // start in a tenant of no family, the goal is 0.95 of it.
  callStart({
    name: "POST …/calls in a sub-account (the family's pool)",
    floor: TENANT_START,
    floorGoal: ROUTE_FLOOR_GOAL,
    tenantOf: (tenant) => subaccountOf.get(tenant.id),
  }),
  {
    name: "GET /v1/tenants/{id}/activity-logs",
    server: "api",
    request: ({ tenant }) => ({ path: tenantPath(tenant, "/activity-logs"), token: tenant.token }),
  },
  // Every connection on one tenant: both start calls at the same concurrency on a single tenant
  // row, so the only difference is the month's calls; well under the tenant's rate limit.
  callStart({
    name: FRESH_START,
    floor: WRITE_FLOOR,
    uses: "month",
    tenantOf: () => callMonth.fresh,
  }),
  busyMonthStart,
  // Every connection on one tenant each: well under its rate limit at these rates.
  {
    name: ANALYTICS_FLOOR,
    server: "api",
    floor: READ_FLOOR,
    uses: "history",
    request: yearByDay("empty"),
  },
  {
    name: "GET …/analytics/calls, a year by day, a year of calls",
    server: "api",
    floor: ANALYTICS_FLOOR,
    uses: "history",
    request: yearByDay("history"),
  },
];

/**
 * The scenarios whose names contain one of `texts`, with the yardsticks they are compared with
 * (their floors, the floors' floors, and the baseline), in the order of `scenarios`.
 */
export function withTheirFloors(texts) {
  const chosen = new Set(scenarios.filter((s) => texts.some((text) => s.name.includes(text))));
  if (chosen.size === 0) throw new Error(`--only: no scenario's name contains ${texts.join(", ")}`);
  for (const scenario of chosen) {
    const floor = scenarios.find((s) => s.name === scenario.floor);
    if (floor) chosen.add(floor);
  }
  for (const scenario of scenarios) if (scenario.isBaseline) chosen.add(scenario);
  return scenarios.filter((s) => chosen.has(s));
}
