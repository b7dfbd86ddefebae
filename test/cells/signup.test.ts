import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { app } from "../../src/app";
import { SIGNUP_STALE_AFTER_MS } from "../../src/cells/signup-sweep";
import { callJson, clientRequest, uniqueEmail } from "../support/api-client";
import { sendWithD1 } from "../support/app-with-d1";
import { withFailingInserts } from "../support/failing-inserts";
import { interceptWrites } from "../support/gated-d1";
import { runScheduled } from "../support/scheduled";

afterEach(() => vi.restoreAllMocks());

const PASSWORD = "correct horse battery";
const signUp = (email: string) =>
  callJson<{ tenant_id: string; access_token: string }>("/v1/auth/signup", {
    method: "POST",
    body: { email, password: PASSWORD },
  });
const logIn = (email: string) =>
  callJson("/v1/auth/login", { method: "POST", body: { email, password: PASSWORD } });

/** Everything any database holds of the signup: its account, its entry, its tenant's rows. */
async function leftBy(email: string) {
  const user = await env.DB.prepare("SELECT id, tenant_id FROM users WHERE email = ?")
    .bind(email)
    .first<{ id: string; tenant_id: string }>();
  const id = user?.id;
  const count = async (d1: D1Database, sql: string) =>
    id ? ((await d1.prepare(sql).bind(id).first<{ n: number }>())?.n ?? 0) : 0;
  return {
    user: user !== null,
    directory: await env.DB.prepare(
      "SELECT status FROM tenant_directory WHERE tenant_id = (SELECT id FROM users WHERE email = ?)",
    )
      .bind(email)
      .first<{ status: string }>()
      .then((row) => row?.status ?? null),
    cellRows:
      (await count(env.CELL_US_1, "SELECT count(*) AS n FROM tenants WHERE id = ?")) +
      (await count(env.CELL_US_1, "SELECT count(*) AS n FROM activity_logs WHERE tenant_id = ?")),
  };
}

/** The signup's directory entry, as if written `SIGNUP_STALE_AFTER_MS` and more ago. */
const backdate = (email: string) =>
  env.DB.prepare(
    `UPDATE tenant_directory SET created_at = ?
     WHERE tenant_id = (SELECT id FROM users WHERE email = ?)`,
  )
    .bind(new Date(Date.now() - SIGNUP_STALE_AFTER_MS - 60_000).toISOString(), email)
    .run();

const nothing = { user: false, directory: null, cellRows: 0 };

describe("a signup across the control plane and a cell", () => {
  it("that fails at its first write leaves nothing anywhere", async () => {
    const email = uniqueEmail();
    const res = await withFailingInserts("tenant_directory", () => signUp(email), { d1: env.DB });
    expect(res.status).toBe(500);
    expect(await leftBy(email)).toEqual(nothing);
    expect((await signUp(email)).status).toBe(201);
  });

  it("that fails in the cell undoes its first write: no account, and the email is free", async () => {
    const email = uniqueEmail();
    const res = await withFailingInserts("tenants", () => signUp(email));
    expect(res.status).toBe(500);
    expect(await leftBy(email)).toEqual(nothing);
    expect((await logIn(email)).status).toBe(401);
    expect((await signUp(email)).status).toBe(201);
  });

  it("that dies before its last write is unusable until the sweep completes it", async () => {
    const email = uniqueEmail();
    const res = await withFailingInserts("tenant_directory", () => signUp(email), {
      d1: env.DB,
      on: "UPDATE",
    });
    expect(res.status).toBe(500);
    expect(await leftBy(email)).toEqual({ user: true, directory: "pending", cellRows: 2 });
    // Not usable: no login, and a second signup with the email is refused.
    expect((await logIn(email)).status).toBe(401);
    expect((await signUp(email)).status).toBe(409);
    // Young pending entries are left alone: the signup may still be running.
    await runScheduled();
    expect((await leftBy(email)).directory).toBe("pending");
    await backdate(email);
    await runScheduled();
    expect(await leftBy(email)).toEqual({ user: true, directory: "active", cellRows: 2 });
    expect((await logIn(email)).status).toBe(200);
  });

  it("that dies between its first and second writes is removed by the sweep", async () => {
    const email = uniqueEmail();
    // The Worker dies as it is about to write the cell: its first write stands, and nothing
    // after it runs, the signup's own undo neither.
    const killed = async () => {
      throw new Error("the Worker was killed");
    };
    let controlWrites = 0;
    const ctx = createExecutionContext();
    const res = await app.fetch(
      clientRequest("/v1/auth/signup", { method: "POST", body: { email, password: PASSWORD } }),
      {
        ...env,
        DB: interceptWrites(env.DB, async () => {
          if (++controlWrites > 1) await killed();
        }),
        CELL_US_1: interceptWrites(env.CELL_US_1, killed),
      },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(500);
    expect(await leftBy(email)).toEqual({ user: true, directory: "pending", cellRows: 0 });
    expect((await logIn(email)).status).toBe(401);
    expect((await signUp(email)).status).toBe(409);
    await backdate(email);
    await runScheduled();
    expect(await leftBy(email)).toEqual(nothing);
    expect((await signUp(email)).status).toBe(201);
  });

  /** A signup the sweep overtakes just before its write to `binding`, as a very slow one. */
  async function overtaken(binding: "CELL_US_1" | "DB") {
    const email = uniqueEmail();
    let swept = false;
    const slow = interceptWrites(env[binding], async () => {
      if (swept || (await leftBy(email)).directory !== "pending") return;
      swept = true;
      await backdate(email);
      await runScheduled();
    });
    const res = await sendWithD1(
      slow,
      clientRequest("/v1/auth/signup", { method: "POST", body: { email, password: PASSWORD } }),
      binding,
    );
    expect(swept).toBe(true);
    return { email, res };
  }

  it("overtaken by the sweep before its cell write undoes itself: the tenant it wrote goes", async () => {
    const { email, res } = await overtaken("CELL_US_1");
    expect(res.status).toBe(409);
    expect(await leftBy(email)).toEqual(nothing);
    expect((await signUp(email)).status).toBe(201);
  });

  it("overtaken by the sweep after its cell write stands: the sweep completed it", async () => {
    const { email, res } = await overtaken("DB");
    expect(res.status).toBe(201);
    expect(await leftBy(email)).toEqual({ user: true, directory: "active", cellRows: 2 });
    expect((await logIn(email)).status).toBe(200);
  });
});
