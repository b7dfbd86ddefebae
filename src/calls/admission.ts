import { servedHere, TenantNotInCell } from "../cells/routing";
import {
  ApiError,
  tenantDeleting,
  tenantDeletionScheduled,
  tenantMoving,
  ValidationError,
} from "../errors";
import { parseFamilyPool } from "../subaccounts/pool";
import { secondsUntil } from "./period";
import type { Admission } from "./queries";

/** A slot frees when any call ends; a client retrying after this long will usually get one. */
export const CONCURRENCY_RETRY_AFTER_SECONDS = 5;

/**
 * Why a start was refused, from the tenant as the refusing transaction saw it. The most lasting
 * reason wins: a tenant not in this cell (the directory says whether it moved), then one being
 * deleted or moved (answered as `authorizeTenant` answers other routes: the start reads no tenant
 * row before its batch), an inactive tenant or parent, an unknown agent, the monthly limit (the
 * tenant's, then its family's), then concurrency (the same).
 */
export function refusal(
  tenantId: string,
  seen: Admission["seen"],
  period: { end: string },
  now: Date,
): Error {
  if (!seen || !servedHere(seen.status)) return new TenantNotInCell(tenantId);
  if (seen.status === "deleting") return tenantDeleting(tenantId);
  if (seen.status === "moving") return tenantMoving();
  if (seen.status === "deletion_scheduled") return tenantDeletionScheduled(tenantId);
  if (seen.status !== "active") {
    return new ApiError(
      409,
      "tenant_inactive",
      `The tenant is ${seen.status}; calls can start only while it is active`,
    );
  }
  const family = parseFamilyPool(seen.family);
  if (family && family.status !== "active") {
    return new ApiError(
      409,
      "parent_inactive",
      `The parent tenant is ${family.status}; no call of its family can start`,
    );
  }
  if (!seen.agentKnown) {
    return new ValidationError([
      {
        loc: ["body", "agent_id"],
        msg: "No agent with this id in this tenant",
        type: "unknown_agent",
      },
    ]);
  }
  if (seen.callsThisMonth >= seen.monthlyCallLimit) {
    // With a limit of 0 no call may ever start, so waiting does not help.
    const headers: Record<string, string> =
      seen.monthlyCallLimit > 0 ? { "Retry-After": String(secondsUntil(period.end, now)) } : {};
    return new ApiError(
      429,
      "monthly_limit_reached",
      `${seen.callsThisMonth} of ${seen.monthlyCallLimit} calls this month already started; ` +
        (seen.monthlyCallLimit > 0
          ? `the count resets at ${period.end}`
          : "a monthly_call_limit of 0 lets no call start"),
      headers,
    );
  }
  if (family && family.calls_this_month >= family.monthly_call_limit) {
    const headers: Record<string, string> =
      family.monthly_call_limit > 0 ? { "Retry-After": String(secondsUntil(period.end, now)) } : {};
    return new ApiError(
      429,
      "family_monthly_limit_reached",
      `${family.calls_this_month} of the parent's ${family.monthly_call_limit} calls this month ` +
        `already started across its family; the count resets at ${period.end}`,
      headers,
    );
  }
  if (seen.activeCalls >= seen.maxConcurrentCalls) {
    return new ApiError(
      429,
      "concurrency_limit_reached",
      `All ${seen.maxConcurrentCalls} concurrent call slots are in use; retry when a call ends`,
      { "Retry-After": String(CONCURRENCY_RETRY_AFTER_SECONDS) },
    );
  }
  if (family && family.active_calls >= family.max_concurrent_calls) {
    return new ApiError(
      429,
      "family_concurrency_limit_reached",
      `All ${family.max_concurrent_calls} concurrent call slots of the parent's pool are in use ` +
        "across its family; retry when a call ends",
      { "Retry-After": String(CONCURRENCY_RETRY_AFTER_SECONDS) },
    );
  }
  // Unreachable while the refusal and this read share a transaction; kept so a refusal never
  // passes for a success.
  return new ApiError(409, "conflict", "The call could not start; try again");
}
