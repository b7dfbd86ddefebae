import { describe, expect, it } from "vitest";
import { app } from "../../../src/app";
import { call, callJson } from "../../support/api-client";

type Operation = {
  operationId: string;
  summary?: string;
  responses: Record<string, unknown>;
  security: unknown[];
};
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const registered = () =>
  new Set(
    app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
  );

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents exactly the registered routes", async () => {
    const { status, body } = await callJson<Doc>("/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const documented = new Set(
      Object.entries(body.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m} ${path}`),
      ),
    );
    expect(documented).toEqual(registered());
  });

  it("gives every operation a summary, a unique id and a success response", async () => {
    const { body } = await callJson<Doc>("/openapi.json");
    const operations = Object.values(body.paths).flatMap((methods) => Object.values(methods));
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    for (const op of operations) {
      expect(op.summary, op.operationId).toBeTruthy();
      expect(
        Object.keys(op.responses).some((s) => s.startsWith("2")),
        op.operationId,
      ).toBe(true);
    }
  });

  it("derives the tenant update body from the validating schema", async () => {
    const { body } = await callJson<Doc>("/openapi.json");
    const update = body.components.schemas.TenantUpdate as {
      properties: Record<string, { maximum?: number }>;
      additionalProperties: boolean;
    };
    expect(update.additionalProperties).toBe(false);
    expect(update.properties.max_concurrent_calls?.maximum).toBe(1000);
    expect(Object.keys(update.properties)).toContain("sip_password");
    expect(Object.keys(update.properties)).not.toContain("id");
    const tenant = body.components.schemas.Tenant as { properties: Record<string, unknown> };
    expect(Object.keys(tenant.properties)).toContain("sip_password_set");
    expect(Object.keys(tenant.properties)).not.toContain("sip_password");
  });

  it("marks authenticated routes with bearer security", async () => {
    const { body } = await callJson<Doc>("/openapi.json");
    expect(body.paths["/v1/tenants/{tenant_id}"]?.get?.security).toEqual([{ bearerAuth: [] }]);
    expect(body.paths["/v1/auth/signup"]?.post?.security).toEqual([]);
  });

  it("serves the reference page with its script from this server", async () => {
    const res = await call("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('<script src="/docs/assets/scalar.js"></script>');
    expect(html).toContain('"url": "/openapi.json"');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  });
});
