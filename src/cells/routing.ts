import type { Bindings } from "../bindings";
import type { Db } from "../db/client";
import { type Cell, cellNamed } from "./config";
import { findDirectoryEntry } from "./directory";

/**
 * The tenant is not in the cell the request went to: it moved away (the cell's copy is `moved`,
 * or already removed), its move has not reached this cell (`arriving`), or it never existed. The
 * error handler asks the directory which it is.
 */
export class TenantNotInCell extends Error {
  constructor(readonly tenantId: string) {
    super(`tenant ${tenantId} is not in the request's cell`);
    this.name = "TenantNotInCell";
  }
}

/** The statuses of a tenant's row in a cell that does not serve it. */
const NOT_SERVED_HERE = new Set(["moved", "arriving"]);
export const servedHere = (status: string) => !NOT_SERVED_HERE.has(status);

// The cells this isolate learnt from the directory after a request missed: tenant → cell. Bounded,
// the oldest forgotten first; a wrong entry costs one more miss, never a wrong answer.
const LEARNT_MAX = 10_000;
const learnt = new Map<string, string>();

export function learnCell(tenantId: string, cell: string) {
  learnt.delete(tenantId);
  learnt.set(tenantId, cell);
  if (learnt.size > LEARNT_MAX) learnt.delete(learnt.keys().next().value as string);
}

/**
 * The cell a request for `tenantId` goes to, with no round trip when it can: what this isolate
 * learnt from the directory, else the cell the caller's credential names for its own tenant;
 * else the directory (a platform admin, a moved tenant). Undefined: no such tenant.
 */
export async function cellFor(
  env: Bindings,
  control: Db,
  tenantId: string,
  named: string | null,
): Promise<Cell | undefined> {
  const known = learnt.get(tenantId) ?? named;
  const cell = known ? cellNamed(env, known) : undefined;
  if (cell) return cell;
  return directoryCell(env, control, tenantId);
}

/** The tenant's cell by the directory; remembered by the isolate. */
export async function directoryCell(
  env: Bindings,
  control: Db,
  tenantId: string,
): Promise<Cell | undefined> {
  const entry = await findDirectoryEntry(control, tenantId);
  const cell = entry ? cellNamed(env, entry.cell) : undefined;
  if (cell) learnCell(tenantId, cell.name);
  return cell;
}
