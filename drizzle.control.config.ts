import { defineConfig } from "drizzle-kit";

// The control plane: users, the tenant directory, deletion receipts, moves.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/control-schema.ts",
  out: "./drizzle/control",
});
