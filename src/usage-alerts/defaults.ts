import type { Db } from "../db/client";
import { usageAlerts } from "../db/schema";
import { newId } from "../lib/ids";

/**
 * The alerts every tenant starts with, real rows it may change or delete: 80 % and 100 % of the
 * monthly call limit, each month, so nobody meets `monthly_limit_reached` unwarned. Tenants signed
 * up before alerts existed got the same from the migration that introduced them.
 */
export const DEFAULT_ALERT_PERCENTS = [80, 100] as const;

/** The insert of a new tenant's default alerts, for its signup's batch. */
export const insertDefaultAlerts = (db: Db, tenantId: string, now: string) =>
  db.insert(usageAlerts).values(
    DEFAULT_ALERT_PERCENTS.map((percent) => ({
      id: newId(),
      tenantId,
      metric: "calls_this_month" as const,
      thresholdPercent: percent,
      recurring: true,
      createdAt: now,
      updatedAt: now,
    })),
  );
