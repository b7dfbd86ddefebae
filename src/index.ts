import { app } from "./app";
import type { Bindings } from "./env";
import { handleQueue } from "./queues";
import { scheduled } from "./scheduled";

export default {
  fetch: app.fetch,
  queue: handleQueue,
  scheduled,
} satisfies ExportedHandler<Bindings>;
