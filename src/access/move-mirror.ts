import { cellDatabase, cellNamed } from "../cells/config";
import type { Db } from "../db/client";
import type { Bindings } from "../env";
import { isActive } from "../jobs/queries";
import { latestMoveOf } from "../moves/jobs";
import { copiedTableNamed, insertPage, readRowsWhere } from "../moves/rows";

/** The statuses of the move's other copy that take a mirrored write: until the switch is done. */
const MIRRORED_WHILE = ["arriving", "moving"];

/**
 * Sessions written while their tenant moves (ended, or refreshed), written again in the move's
 * other cell. Until the switch is done either copy may check the next request: the source for an
 * isolate that still remembers it, the new cell once the directory names it. The rows are read
 * back from the cell that took the write and merged into the other one, where an ending is never
 * undone (src/moves/rows.ts), in the same statement as a check that that copy is still `arriving`
 * or `moving`. Whatever a failure here leaves out, the switch merges once the source is `moved`.
 */
export async function mirrorSessionsDuringMove(
  env: Bindings,
  control: Db,
  write: { cell: string; tenantId: string; sessionIds: string[] },
) {
  const { cell, tenantId, sessionIds } = write;
  if (sessionIds.length === 0) return;
  const move = await latestMoveOf(control, tenantId);
  if (!move || !isActive(move)) return;
  const otherName =
    move.fromCell === cell ? move.toCell : move.toCell === cell ? move.fromCell : "";
  const served = cellNamed(env, cell);
  const other = cellNamed(env, otherName);
  if (!served || !other) return;
  const from = cellDatabase(env, served);
  const to = cellDatabase(env, other);
  const onlyWhile = { tenantId, statuses: MIRRORED_WHILE };
  const sessions = copiedTableNamed("sessions");
  const tokens = copiedTableNamed("refresh_tokens");
  const [sessionRows, tokenRows] = await Promise.all([
    readRowsWhere(from, sessions, tenantId, "id", sessionIds),
    readRowsWhere(from, tokens, tenantId, "session_id", sessionIds),
  ]);
  await insertPage(to, sessions, sessionRows, onlyWhile);
  await insertPage(to, tokens, tokenRows, onlyWhile);
}
