import { and, asc, lt, notInArray, sql } from "drizzle-orm";
import type { CellSweepDeps } from "../cells/sweep-deps";
import type { Db } from "../db/client";
import { refreshTokens, sessions, tenants } from "../db/schema";
import { unsettled } from "../tenants/settled";

// Sessions a statement, and statements a run: a session refreshed hourly has some 720 refresh
// tokens by its end, so a statement deletes at most some 36,000 rows; a larger backlog waits for
// the next runs.
export const SESSIONS_PER_BATCH = 50;
export const SESSION_MAX_BATCHES = 4;

/**
 * The sessions that can no longer be used: past their 30 days, or revoked an hour ago (a
 * revocation ends a session an hour on, past every access token of it). Not of a tenant being
 * deleted or moved, whose rows are counted as they are.
 */
function endedSessions(db: Db, now: Date) {
  const busy = db.select({ id: tenants.id }).from(tenants).where(unsettled());
  return db
    .select({ tenantId: sessions.tenantId, id: sessions.id })
    .from(sessions)
    .where(and(lt(sessions.expiresAt, now.toISOString()), notInArray(sessions.tenantId, busy)))
    .orderBy(asc(sessions.expiresAt))
    .limit(SESSIONS_PER_BATCH);
}

/**
 * The Cron Trigger's sweep of a cell: ended sessions and their refresh tokens deleted, a bounded
 * few a run, so a tenant's session rows stay within what 30 days of logins make.
 */
export async function purgeEndedSessions({ db }: CellSweepDeps, now: Date) {
  let purged = 0;
  for (let batch = 0; batch < SESSION_MAX_BATCHES; batch++) {
    // The same sessions in both statements: the first deletes none of them.
    const [, deleted] = await db.batch([
      // By (tenant_id, session_id): the refresh tokens' index.
      db
        .delete(refreshTokens)
        .where(
          sql`(${refreshTokens.tenantId}, ${refreshTokens.sessionId}) IN ${endedSessions(db, now)}`,
        ),
      db
        .delete(sessions)
        .where(sql`(${sessions.tenantId}, ${sessions.id}) IN ${endedSessions(db, now)}`),
    ]);
    purged += deleted.meta.changes;
    if (deleted.meta.changes < SESSIONS_PER_BATCH) break;
  }
  if (purged > 0) console.log(JSON.stringify({ level: "info", sweep: "ended_sessions", purged }));
  return purged;
}
