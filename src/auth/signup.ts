import type { Context } from "hono";
import { cellSessions, startSession } from "../access/sessions";
import { actorOf } from "../activity/actor";
import type { Cell } from "../cells/config";
import { isUniqueViolation } from "../db/errors";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { cellDb } from "../middleware/database";
import {
  completeSignup,
  createTenantInCell,
  discardCellTenant,
  type NewOwner,
  releaseSignup,
  reserveSignup,
} from "./queries";

export const emailTaken = () =>
  new ApiError(409, "email_taken", "An account with this email already exists");

/**
 * A signup across the two databases, in an order that a crash at any point leaves nothing usable
 * or something the sweep finishes (src/cells/signup-sweep.ts): the owner and a pending directory
 * entry in the control plane, then the tenant in its cell (with its owner as member and the
 * owner's first session), then the entry made active. A signup that fails half-way undoes what
 * it wrote; one the sweep gave up on in between finds its entry gone and removes its tenant from
 * the cell. Returns the owner's session.
 */
export async function signUp(c: Context<AppEnv>, owner: NewOwner, cell: Cell) {
  const control = c.get("control");
  try {
    await reserveSignup(control, owner, cell);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const db = cellDb(c, cell);
  const session = await startSession(cellSessions(db, cell.name), c.env.CREDENTIAL_HASH_KEY, {
    tenantId: owner.id,
    userId: owner.id,
  });
  try {
    await createTenantInCell(db, actorOf(c, owner.id), owner, cell, session.writes);
  } catch (error) {
    await releaseSignup(control, owner.id).catch(() => undefined);
    throw error;
  }
  if (!(await completeSignup(control, owner.id))) {
    await discardCellTenant(db, owner.id);
    throw new ApiError(409, "conflict", "The signup took too long and was undone; try again");
  }
  return session;
}
