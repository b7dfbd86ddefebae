import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { callJson, signup, tenantPath, uniqueEmail } from "../support/api-client";

const signupBody = (email: string) => ({ email, password: "correct horse battery" });

describe("signup", () => {
  it("creates the owner and the tenant with the same id, and a usable token", async () => {
    const email = uniqueEmail();
    const { status, body } = await callJson("/v1/auth/signup", {
      method: "POST",
      body: { ...signupBody(email), name: "Acme" },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ token_type: "bearer", expires_in: 3600 });
    expect(body.owner_id).toBe(body.tenant_id);
    const tenant = await callJson(tenantPath(body.tenant_id as string), {
      token: body.access_token as string,
    });
    expect(tenant.body).toMatchObject({ id: body.tenant_id, name: "Acme" });
  });

  it("names the tenant after the email's domain when no name is given", async () => {
    const { body } = await callJson("/v1/auth/signup", {
      method: "POST",
      body: signupBody("Someone@Voice-Co.example"),
    });
    const tenant = await callJson(tenantPath(body.tenant_id as string), {
      token: body.access_token as string,
    });
    expect(tenant.body.name).toBe("voice-co.example");
  });

  it("refuses a duplicate email, whatever its case → 409", async () => {
    const email = uniqueEmail();
    expect(
      (await callJson("/v1/auth/signup", { method: "POST", body: signupBody(email) })).status,
    ).toBe(201);
    const again = await callJson("/v1/auth/signup", {
      method: "POST",
      body: signupBody(email.toUpperCase()),
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("email_taken");
  });

  it("stores a salted PBKDF2 hash, never the password", async () => {
    const email = uniqueEmail();
    await callJson("/v1/auth/signup", { method: "POST", body: signupBody(email) });
    await callJson("/v1/auth/signup", { method: "POST", body: signupBody(uniqueEmail()) });
    const { results } = await env.DB.prepare("SELECT email, password_hash FROM users").all<{
      password_hash: string;
    }>();
    const hashes = results.map((r) => r.password_hash);
    for (const hash of hashes) {
      // The runtime's work factor (production's is test/auth/password-work.node.test.ts's).
      expect(hash.startsWith(`pbkdf2-sha256$${env.PASSWORD_ITERATIONS}$`), hash).toBe(true);
      expect(hash).not.toContain("correct horse");
    }
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it.each([
    [{ email: "not-an-email", password: "long enough pw" }, "email"],
    [{ email: "a@example.com", password: "short" }, "password"],
    [{ email: "a@example.com", password: "long enough pw", role: "platform_admin" }, "role"],
    [{ password: "long enough pw" }, "email"],
  ])("validates the body: %j", async (body, field) => {
    const { status, body: answer } = await callJson("/v1/auth/signup", { method: "POST", body });
    expect(status).toBe(422);
    expect(JSON.stringify(answer)).toContain(`["body","${field}"]`);
  });
});

/** The key derivations `send` has the worker make, with their parameters but not the salt. */
async function derivations(send: () => Promise<unknown>) {
  const deriveBits = vi.spyOn(crypto.subtle, "deriveBits");
  try {
    await send();
    return deriveBits.mock.calls.map(([algorithm, , length]) => {
      const { name, hash, iterations } =
        typeof algorithm === "string" ? { name: algorithm } : algorithm;
      return { name, hash, iterations, length };
    });
  } finally {
    deriveBits.mockRestore();
  }
}

describe("login", () => {
  it("answers a token for the right password", async () => {
    const owner = await signup();
    const { status, body } = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: owner.password },
    });
    expect(status).toBe(200);
    expect(body.tenant_id).toBe(owner.tenantId);
  });

  it("gives one answer for an unknown email and a wrong password", async () => {
    const owner = await signup();
    const wrong = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: owner.email, password: "wrong password" },
    });
    const unknown = await callJson("/v1/auth/login", {
      method: "POST",
      body: { email: uniqueEmail(), password: owner.password },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      detail: "Incorrect email or password",
      code: "invalid_credentials",
    });
  });

  it("hashes for an unknown email as for a wrong password, so timing tells no account apart", async () => {
    const owner = await signup();
    const login = (email: string) =>
      callJson("/v1/auth/login", { method: "POST", body: { email, password: "wrong password" } });
    const known = await derivations(() => login(owner.email));
    const unknown = await derivations(() => login(uniqueEmail()));
    const iterations = Number(env.PASSWORD_ITERATIONS);
    expect(known).toEqual([{ name: "PBKDF2", hash: "SHA-256", iterations, length: 256 }]);
    expect(unknown).toEqual(known);
  });
});
