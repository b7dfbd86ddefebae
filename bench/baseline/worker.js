// The benchmark's yardsticks: what the runtime itself costs for the steps a route takes, with no
// work of the API's own around them.
//   GET /                     answers "ok" and touches no binding: the runtime's own limit
//   GET /d1                   after one trivial D1 query in a session, as the API's reads make
//   GET /d1-limit-log         also counts the request on a rate limiter and writes one JSON log
//                             line, as every tenant-scoped route does: the most
//                             `GET /v1/tenants/{id}` can reach here
//   GET /d1-limit-log-write   then writes two rows in one D1 batch (one RETURNING), as a change
//                             and its activity-log entry: the most a route that writes can reach
// It runs in the API's own configuration (bench/lib/baseline-config.mjs): its D1 steps on the
// cells' bindings, `?region=eu` on the EU cell's, as the API runs an EU tenant's there.
const STEPS = {
  "/": [],
  "/d1": ["read"],
  "/d1-limit-log": ["read", "limit", "log"],
  "/d1-limit-log-write": ["read", "limit", "log", "write"],
};

const schemas = new Map();

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const { pathname } = url;
    const steps = STEPS[pathname] ?? [];
    const started = Date.now();
    const writes = steps.includes("write");
    const d1 = url.searchParams.get("region") === "eu" ? env.CELL_EU_1 : env.CELL_US_1;
    if (writes && !schemas.has(d1)) schemas.set(d1, createSchema(d1));
    // One session a request, on the primary when it writes, as the API's are.
    const db = d1.withSession(writes ? "first-primary" : "first-unconstrained");
    if (steps.includes("read")) await db.prepare("SELECT 1").first();
    if (steps.includes("limit")) await env.LIMITER.limit({ key: "baseline" });
    if (writes) {
      await schemas.get(d1);
      await db.batch([
        db.prepare("INSERT INTO items VALUES (?, 'bench', ?) RETURNING *").bind(uuid(), pathname),
        db.prepare("INSERT INTO items VALUES (?, 'bench', ?)").bind(uuid(), "log entry"),
      ]);
    }
    if (steps.includes("log")) {
      console.log(
        JSON.stringify({
          level: "info",
          request_id: uuid(),
          tenant_id: "01a2213b-7d4c-7000-8a61-1c2f3e4d5a6b",
          method: request.method,
          route: pathname,
          status: 200,
          latency_ms: Date.now() - started,
        }),
      );
    }
    return new Response("ok");
  },
};

const uuid = () => crypto.randomUUID();

/** A table with a secondary index, as the API's are; once per isolate. */
const createSchema = (d1) =>
  d1.batch([
    d1.prepare("CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, owner TEXT, body TEXT)"),
    d1.prepare("CREATE INDEX IF NOT EXISTS items_owner ON items (owner, id)"),
  ]);
