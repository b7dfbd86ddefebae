import type { Db } from "../db/client";
import type { Bindings } from "../env";
import type { Cell } from "./config";

/** What a sweep of one cell works with: the cell, its database and its region's bucket. */
export type CellSweepDeps = { env: Bindings; cell: Cell; db: Db; blobs: R2Bucket };

/** A Cron Trigger's sweep of one cell, at the trigger's scheduled time. */
export type CellSweep = (deps: CellSweepDeps, now: Date) => Promise<unknown>;
