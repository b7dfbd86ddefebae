import { describe, expect, it } from "vitest";
import { call } from "../../support/api-client";

type Operation = { summary?: string; tags?: string[]; responses: Record<string, unknown> };

const ROUTES = [
  ...["agents", "squads", "workflows", "integrations", "sip-trunks"].flatMap((r) => [
    `get /${r}`,
    `post /${r}`,
    `get /${r}/{id}`,
    `put /${r}/{id}`,
    `delete /${r}/{id}`,
  ]),
  "get /files",
  "post /files",
  "get /files/{id}",
  "get /files/{id}/content",
  "delete /files/{id}",
  "post /calls",
  "get /calls",
  "get /calls/{id}",
  "post /calls/{id}/end",
  "put /calls/{id}/recording",
  "get /calls/{id}/recording",
  "get /usage",
];

describe("the OpenAPI document", () => {
  it("describes every tenant-owned route, with its errors", async () => {
    const doc = (await (await call("/openapi.json")).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    for (const route of ROUTES) {
      const [method, rest] = route.split(" ") as [string, string];
      const op = doc.paths[`/v1/tenants/{tenant_id}${rest}`]?.[method];
      expect(op?.summary, route).toBeTruthy();
      expect(op?.tags?.length, route).toBe(1);
      expect(Object.keys(op?.responses ?? {}), route).toEqual(
        expect.arrayContaining(["401", "404"]),
      );
    }
    const start = doc.paths["/v1/tenants/{tenant_id}/calls"]?.post;
    expect(Object.keys(start?.responses ?? {})).toEqual(expect.arrayContaining(["409", "429"]));
  });
});
