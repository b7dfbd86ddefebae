// GET / answers "ok" and touches no binding: the runtime's own limit on this machine.
// GET /d1 answers "ok" after one trivial D1 query in a session, as the API's reads make: the
// most a route that reads D1 once can reach.
// GET /d1-limit-log also counts the request on a rate limiter and writes one JSON log line, as
// every tenant-scoped route of the API does: the most `GET /v1/tenants/{id}` can reach here.
export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === "/d1" || pathname === "/d1-limit-log") {
      await env.DB.withSession("first-unconstrained").prepare("SELECT 1").first();
    }
    if (pathname === "/d1-limit-log") {
      const started = Date.now();
      await env.LIMITER.limit({ key: "baseline" });
      console.log(
        JSON.stringify({
          level: "info",
          request_id: crypto.randomUUID(),
          tenant_id: "01a2213b-7d4c-7000-8a61-1c2f3e4d5a6b",
          method: request.method,
          route: "/d1-limit-log",
          status: 200,
          latency_ms: Date.now() - started,
        }),
      );
    }
    return new Response("ok");
  },
};
