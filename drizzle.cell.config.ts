import { defineConfig } from "drizzle-kit";

// A cell: tenants and everything they own (src/db/schema.ts), one schema for every cell.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./drizzle/cell",
});
