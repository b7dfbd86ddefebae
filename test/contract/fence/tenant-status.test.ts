import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type RequestOptions, signup, tenantPath, updateTenant } from "../../support/api-client";
import { callWithD1 } from "../../support/app-with-d1";
import { gatedD1 } from "../../support/gated-d1";

const gate = gatedD1(env.CELL_US_1);

const through = (path: string, options: RequestOptions) => callWithD1(gate.binding, path, options);

const statusOf = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT status FROM tenants WHERE id = ?")
      .bind(tenantId)
      .first<{ status: string }>()
  )?.status;

describe("a tenant being deleted stays deleting", () => {
  it("five PUT status=active racing one DELETE: the tenant ends deleting, every PUT 200 or 409", async () => {
    for (let run = 0; run < 5; run++) {
      const owner = await signup();
      expect((await updateTenant(owner, { status: "inactive" })).status).toBe(200);
      gate.hold(6);
      const [deletion, ...puts] = await Promise.all([
        through(tenantPath(owner.tenantId), { method: "DELETE", token: owner.token }),
        ...Array.from({ length: 5 }, () =>
          through(tenantPath(owner.tenantId), {
            method: "PUT",
            token: owner.token,
            body: { status: "active" },
          }),
        ),
      ]);
      expect(gate.held).toBe(6);
      expect(deletion.status).toBe(202);
      for (const put of puts) {
        expect([200, 409]).toContain(put.status);
        if (put.status === 409) expect(put.body.code).toBe("tenant_deleting");
      }
      expect(await statusOf(owner.tenantId)).toBe("deleting");
    }
  });
});
