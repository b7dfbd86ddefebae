import type { D1Migration } from "@cloudflare/vitest-plugin";
import type { Bindings } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      CONTROL_MIGRATIONS: D1Migration[];
      CELL_MIGRATIONS: D1Migration[];
      /** The statements that create what the migrations build (scripts/squashed-schema.mjs). */
      CONTROL_SCHEMA: string[];
      CELL_SCHEMA: string[];
      /** Empty databases, for the migrations themselves (test/setup/squashed-schema.test.ts). */
      MIGRATED_CONTROL: D1Database;
      MIGRATED_CELL: D1Database;
      STRICT_TEST_LIMITER: RateLimit;
    }
    interface GlobalProps {
      mainModule: typeof import("../src/index");
    }
  }
}
