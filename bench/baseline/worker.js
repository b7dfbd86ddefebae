// GET / answers "ok" and touches no binding: the runtime's own limit on this machine.
// GET /d1 answers "ok" after one trivial D1 query in a session, as the API's reads make: the
// most a route that reads D1 once can reach.
export default {
  async fetch(request, env) {
    if (new URL(request.url).pathname === "/d1") {
      await env.DB.withSession("first-unconstrained").prepare("SELECT 1").first();
    }
    return new Response("ok");
  },
};
