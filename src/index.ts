import { app } from "./app";
import type { Bindings } from "./env";
import { handleQueue } from "./queues";

export default {
  fetch: app.fetch,
  queue: handleQueue,
} satisfies ExportedHandler<Bindings>;
