import type { D1Migration } from "@cloudflare/vitest-plugin";
import type { Bindings } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      CONTROL_MIGRATIONS: D1Migration[];
      CELL_MIGRATIONS: D1Migration[];
      STRICT_TEST_LIMITER: RateLimit;
    }
    interface GlobalProps {
      mainModule: typeof import("../src/index");
    }
  }
}
