import * as z from "zod";
import type { Bindings } from "../bindings";
import { DATA_REGIONS, type DataRegion, REGIONS } from "./regions";

/** A cell: a D1 database holding tenants of one data region and everything they own. */
export type Cell = {
  name: string;
  /** Its D1 binding in wrangler.toml. */
  binding: string;
  region: DataRegion;
  /** Whether signups may be placed here; a cell that is full or draining says false. */
  accepting: boolean;
};

const CellsConfig = z.record(
  // `control` names the control plane in a refresh token (src/access/credentials.ts).
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,30}$/)
    .refine((name) => name !== "control", "the name control is the control plane's"),
  z.strictObject({
    binding: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    region: z.enum(DATA_REGIONS),
    accepting: z.boolean().default(true),
  }),
);

// The list last parsed, by the `CELLS` object and its JSON: the runtime may hand each request an
// object of its own, and parsing it again would cost every request.
let parsed: { config: object; json: string; cells: Cell[] } | undefined;

/**
 * The cells `CELLS` declares (wrangler.toml), in its order; each must name a D1 binding the
 * Worker has. A configuration that does not parse is a deploy mistake: it throws.
 */
export function cellsOf(env: Bindings): Cell[] {
  const config = env.CELLS as object;
  if (parsed?.config === config) return parsed.cells;
  const json = JSON.stringify(config);
  if (parsed?.json === json) {
    parsed.config = config;
    return parsed.cells;
  }
  const result = CellsConfig.safeParse(config);
  if (!result.success) throw new Error(`CELLS is not a valid cell list: ${result.error.message}`);
  const cells = Object.entries(result.data).map(([name, cell]) => ({ name, ...cell }));
  if (cells.length === 0) throw new Error("CELLS declares no cell");
  parsed = { config, json, cells };
  return cells;
}

export const cellNamed = (env: Bindings, name: string): Cell | undefined =>
  cellsOf(env).find((cell) => cell.name === name);

/** The cell's D1 database, from the request's bindings (a test may have replaced it). */
export function cellDatabase(env: Bindings, cell: Cell): D1Database {
  const database = (env as unknown as Record<string, unknown>)[cell.binding];
  if (!database || typeof (database as D1Database).prepare !== "function") {
    throw new Error(`cell ${cell.name}: no D1 binding ${cell.binding}`);
  }
  return database as D1Database;
}

/** The region's R2 bucket: every object of a tenant of that region. */
export const regionBucket = (env: Bindings, region: DataRegion): R2Bucket =>
  env[REGIONS[region].bucket];

/** Every cell with its database and bucket, for the passes over all tenants. */
export const everyCell = (env: Bindings) =>
  cellsOf(env).map((cell) => ({
    cell,
    d1: cellDatabase(env, cell),
    bucket: regionBucket(env, cell.region),
  }));
