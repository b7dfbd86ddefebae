import { app } from "./app";
import { routeToCell } from "./cells/retry";
import type { Bindings } from "./env";
import { handleQueue } from "./queues";
import { handleScheduled } from "./scheduled";

export default {
  fetch: (request: Request, env: Bindings, ctx: ExecutionContext) =>
    routeToCell(app, request, env, ctx),
  queue: handleQueue,
  scheduled: handleScheduled,
} satisfies ExportedHandler<Bindings>;
