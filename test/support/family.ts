import { callJson, type Owner, signup, tenantPath } from "./api-client";
import { configure } from "./resource-fixtures";

export type Subaccount = { id: string; parent_id: string; max_concurrent_calls: number };

/** A sub-account of `parent`, through the API, as its owner creates one. */
export async function createSubaccount(
  parent: Owner,
  body: Record<string, unknown> = {},
): Promise<Subaccount> {
  const { status, body: created } = await callJson<Subaccount>(
    tenantPath(parent.tenantId, "/subaccounts"),
    { method: "POST", token: parent.token, body: { name: "Client", ...body } },
  );
  if (status !== 201) throw new Error(`subaccount: ${status} ${JSON.stringify(created)}`);
  return created;
}

/** A parent on `plan` with `limits`, and `count` sub-accounts with `subLimits` each. */
export async function family(
  count: number,
  limits: Record<string, unknown> = {},
  subLimits: Record<string, unknown> = {},
  plan: "business" | "enterprise" = "business",
) {
  const parent = await signup("Agency");
  await configure(parent, { billing_plan: plan, ...limits });
  const subs: Subaccount[] = [];
  for (let i = 0; i < count; i++) subs.push(await createSubaccount(parent, subLimits));
  return { parent, subs };
}

/** The parent's credential, acting on its sub-account `subId`. */
export const actingOn = (parent: Owner, subId: string): Owner => ({ ...parent, tenantId: subId });
