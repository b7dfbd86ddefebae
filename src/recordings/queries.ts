import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import { type Actor, insertActivityIfChanged } from "../activity/queries";
import type { Db } from "../db/client";
import { calls, tenants } from "../db/schema";
import { settled } from "../tenants/settled";

/** A call's stored recording as it was read: the key its removal is guarded by, and what it logs. */
export type StoredRecording = {
  tenantId: string;
  id: string;
  key: string;
  size: number | null;
  sha256: string | null;
};

export type RecordingRemoval = "call.recording_deleted" | "recording.expired";

const ownedCall = (tenantId: string, id: string) =>
  and(eq(calls.tenantId, tenantId), eq(calls.id, id));

/**
 * The one write path that removes a call's recording from D1 (its object is deleted from R2
 * first): the metadata cleared, guarded by the key that was read, so a recording uploaded since
 * (each upload has a key of its own) is kept; and its activity entry, written only if the clear
 * was. Two statements for a batch; the call keeps its other fields.
 */
export function clearRecordingStatements(
  db: Db,
  actor: Actor,
  recording: StoredRecording,
  action: RecordingRemoval,
  now: string,
) {
  return [
    db
      .update(calls)
      .set({
        recordingKey: null,
        recordingSize: null,
        recordingContentType: null,
        recordingSha256: null,
        updatedAt: now,
      })
      .where(
        and(ownedCall(recording.tenantId, recording.id), eq(calls.recordingKey, recording.key)),
      )
      .returning({ id: calls.id }),
    insertActivityIfChanged(db, actor, {
      tenantId: recording.tenantId,
      action,
      targetType: "call",
      targetId: recording.id,
      changes: {
        recording_size: { from: recording.size, to: null },
        recording_sha256: { from: recording.sha256, to: null },
      },
    }),
  ] as const;
}

/**
 * Clears the recording and logs it; `cleared` says whether this did, and `current` is the call
 * as it is now, read in the same batch (a recording may have been uploaded or removed meanwhile).
 */
export async function clearRecording(
  db: Db,
  actor: Actor,
  recording: StoredRecording,
  action: RecordingRemoval,
  now: string,
) {
  const [clear, log] = clearRecordingStatements(db, actor, recording, action, now);
  const [cleared, , current] = await db.batch([
    clear,
    log,
    db.select().from(calls).where(ownedCall(recording.tenantId, recording.id)),
  ]);
  return { cleared: cleared.length > 0, current: current[0] };
}

/** How many recordings the tenant keeps and their bytes, off the recordings index alone. */
export const recordingUsageOf = (db: Db, tenantId: string) =>
  db
    .select({
      count: sql<number>`count(*)`,
      bytes: sql<number>`coalesce(sum(${calls.recordingSize}), 0)`,
    })
    .from(calls)
    .where(and(eq(calls.tenantId, tenantId), isNotNull(calls.recordingKey)));

/**
 * Up to `limit` recordings past their tenant's retention at `now`, counted from the call's start,
 * across the tenants that have one and are not being deleted.
 */
export async function expiredRecordings(
  db: Db,
  now: string,
  limit: number,
): Promise<StoredRecording[]> {
  const cutoff = sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${now}, '-' || ${tenants.recordingRetentionDays} || ' days')`;
  const rows = await db
    .select({
      tenantId: calls.tenantId,
      id: calls.id,
      key: calls.recordingKey,
      size: calls.recordingSize,
      sha256: calls.recordingSha256,
    })
    // CROSS JOIN keeps tenants the outer loop (SQLite never reorders it): the few tenants with a
    // retention, off their partial index, then each one's range of the recordings index.
    .from(tenants)
    .crossJoin(calls)
    .where(
      and(
        isNotNull(tenants.recordingRetentionDays),
        settled(),
        eq(calls.tenantId, tenants.id),
        isNotNull(calls.recordingKey),
        lt(calls.startedAt, cutoff),
      ),
    )
    .limit(limit);
  return rows.filter((row): row is StoredRecording => row.key !== null);
}
