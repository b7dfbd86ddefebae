import { type Context, Hono } from "hono";
import { actorOf } from "../activity/actor";
import { type Cell, cellDatabase, cellNamed } from "../cells/config";
import { placeTenant } from "../cells/directory";
import { DEFAULT_REGION } from "../cells/regions";
import { createDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { AppEnv, Bindings, Principal } from "../env";
import { ApiError, tenantDeleting } from "../errors";
import { newId } from "../lib/ids";
import { openSession } from "../middleware/database";
import {
  clientIp,
  delayOverRateLimit,
  enforceRateLimit,
  rateLimit,
} from "../middleware/rate-limit";
import { jsonBody, noQueryParams } from "../middleware/validate";
import { describeRoute } from "../openapi/describe";
import { findTenant } from "../tenants/queries";
import { hashPassword, verifyPasswordOrDummy } from "./password";
import {
  completeSignup,
  createTenantInCell,
  discardCellTenant,
  findLogin,
  findUserByEmail,
  type NewOwner,
  releaseSignup,
  reserveSignup,
} from "./queries";
import { LoginRequest, SignupRequest, SignupResponse, TokenResponse } from "./schemas";
import { issueToken, TOKEN_TTL_SECONDS } from "./tokens";

async function tokenResponse(secret: string, principal: Principal) {
  return {
    access_token: await issueToken(secret, principal),
    token_type: "bearer" as const,
    expires_in: TOKEN_TTL_SECONDS,
    owner_id: principal.userId,
    tenant_id: principal.tenantId,
  };
}

/** How long an answer waits once an email's login budget, shared by every address, is spent. */
const LOGIN_SLOWDOWN_MS = 1000;

/**
 * Brute force from one address is refused; from many, slowed. Every attempt is counted, before
 * the lookup and the hash: a limiter cannot be asked whether a key is over its budget without
 * counting, and a refusal decided after the verification would let the right password through
 * where a wrong one is refused, telling the attacker which guess was right.
 */
async function throttleLogin(env: Bindings, email: string, ip: string) {
  await enforceRateLimit(env.AUTH_EMAIL_IP_LIMITER, `login:${ip}|${email}`);
  await delayOverRateLimit(env.AUTH_EMAIL_LIMITER, `login:${email}`, LOGIN_SLOWDOWN_MS);
}

const emailTaken = () =>
  new ApiError(409, "email_taken", "An account with this email already exists");

export const authRoutes = new Hono<AppEnv>()
  .post(
    "/signup",
    describeRoute({
      tags: ["Auth"],
      summary: "Sign up",
      description:
        "Creates the owner and its tenant (starter plan, small limits, every feature off). " +
        "The tenant's id equals the owner's id; `Location` is the new tenant's path.",
      auth: false,
      errors: ["email_taken", "region_unavailable"],
      responses: {
        201: { description: "Signed up", schema: SignupResponse, headers: ["Location"] },
      },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `signup:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(SignupRequest),
    async (c) => {
      const { email, password, name, data_region: region = DEFAULT_REGION } = c.req.valid("json");
      const control = c.get("control");
      if (await findUserByEmail(control, email)) throw emailTaken();
      const cell = await placeTenant(c.env, control, region);
      if (!cell) {
        throw new ApiError(503, "region_unavailable", `No cell takes new tenants in ${region}`);
      }
      const owner = {
        id: newId(),
        email,
        passwordHash: await hashPassword(password),
        tenantName: name ?? email.split("@")[1] ?? email,
      };
      await signUp(c, owner, cell);
      const body = await tokenResponse(c.env.JWT_SECRET, {
        userId: owner.id,
        role: "owner",
        tenantId: owner.id,
        cell: cell.name,
      });
      c.header("Location", `/v1/tenants/${owner.id}`);
      return c.json({ ...body, tenant_id: owner.id, data_region: cell.region }, 201);
    },
  )
  .post(
    "/login",
    describeRoute({
      tags: ["Auth"],
      summary: "Log in",
      description:
        "One answer for an unknown email and a wrong password. The owner of a tenant being " +
        "deleted gets 409 `tenant_deleting`. Past 10 attempts a minute on one email from one " +
        "address, that address gets 429 `rate_limited`; past 20 a minute on one email from " +
        "every address, answers wait a second, but are never refused.",
      auth: false,
      errors: ["invalid_credentials", "tenant_deleting"],
      responses: { 200: { description: "Logged in", schema: TokenResponse } },
    }),
    rateLimit("AUTH_IP_LIMITER", (c) => `login:${clientIp(c)}`),
    noQueryParams(),
    jsonBody(LoginRequest),
    async (c) => {
      const { email, password } = c.req.valid("json");
      await throttleLogin(c.env, email, clientIp(c));
      const login = await findLogin(c.get("control"), email);
      const user = login?.user;
      // An owner whose signup has not completed has no account yet: the same answer.
      const usable = user && (user.role === "platform_admin" || login.cell !== null);
      if (!(await verifyPasswordOrDummy(password, user?.passwordHash)) || !usable) {
        throw new ApiError(401, "invalid_credentials", "Incorrect email or password");
      }
      const cell = login.cell ? cellNamed(c.env, login.cell) : undefined;
      // The owner of a tenant being deleted cannot start a session; once the deletion completes
      // the account is gone and the answer is the 401 above.
      if (user.tenantId && cell) {
        const db = createDb(openSession(c, cell.name, cellDatabase(c.env, cell)));
        if ((await findTenant(db, user.tenantId))?.status === "deleting") {
          throw tenantDeleting(user.tenantId);
        }
      }
      return c.json(
        await tokenResponse(c.env.JWT_SECRET, {
          userId: user.id,
          role: user.role,
          tenantId: user.tenantId,
          cell: cell?.name ?? null,
        }),
      );
    },
  );

/**
 * A signup across the two databases, in an order that a crash at any point leaves nothing usable
 * or something the sweep finishes (src/cells/signup-sweep.ts): the owner and a pending directory
 * entry in the control plane, then the tenant in its cell, then the entry made active. A
 * signup that fails half-way undoes what it wrote; one the sweep gave up on in between finds its
 * entry gone and removes its tenant from the cell.
 */
async function signUp(c: Context<AppEnv>, owner: NewOwner, cell: Cell) {
  const control = c.get("control");
  try {
    await reserveSignup(control, owner, cell);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const db = createDb(openSession(c, cell.name, cellDatabase(c.env, cell)));
  try {
    await createTenantInCell(db, actorOf(c, owner.id), owner, cell);
  } catch (error) {
    await releaseSignup(control, owner.id).catch(() => undefined);
    throw error;
  }
  if (!(await completeSignup(control, owner.id))) {
    await discardCellTenant(db, owner.id);
    throw new ApiError(409, "conflict", "The signup took too long and was undone; try again");
  }
}
