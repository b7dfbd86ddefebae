import { GRANTED_ROLES, type GrantedRole, type TenantRole } from "../../src/access/roles";
import { callJson, type Owner, tenantPath, uniqueEmail } from "./api-client";

/** A member of the owner's tenant who accepted an invitation and is logged in. */
export type Member = {
  id: string;
  userId: string;
  email: string;
  password: string;
  role: GrantedRole;
  token: string;
  refreshToken: string;
};

/** Invites `role` to the owner's tenant and accepts the invitation, through the API. */
export async function invitedMember(owner: Owner, role: GrantedRole): Promise<Member> {
  const email = uniqueEmail(role);
  const password = `${role} password 123`;
  const invited = await callJson<{ id: string; invitation_token: string }>(
    tenantPath(owner.tenantId, "/members"),
    { method: "POST", token: owner.token, body: { email, role } },
  );
  if (invited.status !== 201)
    throw new Error(`invite: ${invited.status} ${JSON.stringify(invited.body)}`);
  const joined = await callJson<{ access_token: string; refresh_token: string; user_id: string }>(
    "/v1/auth/accept-invitation",
    { method: "POST", body: { invitation_token: invited.body.invitation_token, password } },
  );
  if (joined.status !== 201)
    throw new Error(`accept: ${joined.status} ${JSON.stringify(joined.body)}`);
  return {
    id: invited.body.id,
    userId: joined.body.user_id,
    email,
    password,
    role,
    token: joined.body.access_token,
    refreshToken: joined.body.refresh_token,
  };
}

export type ApiKey = { id: string; key: string; name: string; role: GrantedRole; prefix: string };

/** A new API key of the owner's tenant, through the API. */
export async function apiKey(
  owner: Owner,
  role: GrantedRole,
  extra: { expires_at?: string; name?: string } = {},
): Promise<ApiKey> {
  const name = extra.name ?? `${role} key`;
  const created = await callJson<ApiKey>(tenantPath(owner.tenantId, "/api-keys"), {
    method: "POST",
    token: owner.token,
    body: { name, role, ...(extra.expires_at && { expires_at: extra.expires_at }) },
  });
  if (created.status !== 201)
    throw new Error(`key: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/** A credential of the tenant and who the activity log names for it. */
export type TeamCredential = {
  label: string;
  role: TenantRole;
  token: string;
  actor: { type: "user" | "key"; id: string };
};

/**
 * One credential of each granted role, both kinds (a member's token, a key), least role first,
 * then the owner's: the cast of the role matrix and the coverage walks.
 */
export async function team(owner: Owner): Promise<TeamCredential[]> {
  const credentials: TeamCredential[] = [];
  for (const role of GRANTED_ROLES) {
    const member = await invitedMember(owner, role);
    credentials.push({
      label: `${role} member`,
      role,
      token: member.token,
      actor: { type: "user", id: member.userId },
    });
    const key = await apiKey(owner, role);
    credentials.push({
      label: `${role} key`,
      role,
      token: key.key,
      actor: { type: "key", id: key.id },
    });
  }
  credentials.push({
    label: "owner",
    role: "owner",
    token: owner.token,
    actor: { type: "user", id: owner.tenantId },
  });
  return credentials;
}
