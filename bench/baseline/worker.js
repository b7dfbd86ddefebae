// Answers "ok" and touches no binding: the runtime's own limit on this machine.
export default {
  fetch: () => new Response("ok"),
};
