/**
 * Tenants created through the API as a client would: a signup each, then `updates` settings
 * changes so the activity log has full pages. Returns `{ id, token }` per tenant.
 */
export async function seedTenants(apiUrl, { count, updates }) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const signup = await send(apiUrl, "POST", "/v1/auth/signup", {
        body: {
          email: `bench-${i}-${Date.now()}@example.com`,
          password: "benchmark password",
          name: `Bench ${i}`,
        },
      });
      const tenant = { id: signup.tenant_id, token: signup.access_token };
      for (let n = 1; n <= updates; n++) {
        await send(apiUrl, "PUT", `/v1/tenants/${tenant.id}`, {
          token: tenant.token,
          body: { monthly_call_limit: n },
        });
      }
      return tenant;
    }),
  );
}

async function send(apiUrl, method, path, { token, body }) {
  const res = await fetch(new URL(path, apiUrl), {
    method,
    headers: {
      "content-type": "application/json",
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`seeding: ${method} ${path} answered ${res.status}`);
  return res.json();
}
