import { app } from "./app";
import type { Bindings } from "./env";
import { handleQueue } from "./queues";
import { handleScheduled } from "./scheduled";

export default {
  fetch: app.fetch,
  queue: handleQueue,
  scheduled: handleScheduled,
} satisfies ExportedHandler<Bindings>;
