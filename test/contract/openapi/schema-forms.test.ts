import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { AppEnv } from "../../../src/env";
import { jsonBody } from "../../../src/middleware/validate";
import { describeRoute } from "../../../src/openapi/describe";
import { buildOpenApiDocument } from "../../../src/openapi/document";

type Doc = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, { required?: string[] }> };
};

/** A document for one route taking `body` and answering `answer`. */
async function documentOf(body: z.ZodType, answer: z.ZodType) {
  const app = new Hono<AppEnv>().post(
    "/things",
    describeRoute({
      summary: "Make a thing",
      tags: ["Things"],
      auth: false,
      responses: { 201: { description: "The thing", schema: answer } },
    }),
    jsonBody(body),
    (c) => c.json({}, 201),
  );
  return (await buildOpenApiDocument(app)) as unknown as Doc;
}

const refs = (doc: Doc) => {
  const op = doc.paths["/things"]?.post as {
    requestBody: { content: Record<string, { schema: { $ref: string } }> };
    responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
  };
  return {
    sent: op.requestBody.content["application/json"]?.schema.$ref,
    answered: op.responses["201"]?.content["application/json"]?.schema.$ref,
  };
};

describe("named schemas in the document", () => {
  it("keep one name where the request's form and the response's are the same", async () => {
    const Same = z.strictObject({ name: z.string() }).meta({ id: "SameThing" });
    const doc = await documentOf(Same, Same);
    expect(refs(doc)).toEqual({
      sent: "#/components/schemas/SameThing",
      answered: "#/components/schemas/SameThing",
    });
    expect(Object.keys(doc.components.schemas).filter((n) => n.includes("SameThing"))).toEqual([
      "SameThing",
    ]);
  });

  it("name the input form apart where it differs, e.g. by a default", async () => {
    const Thing = z.strictObject({ size: z.number().default(1) }).meta({ id: "Thing" });
    const doc = await documentOf(Thing, Thing);
    expect(refs(doc)).toEqual({
      sent: "#/components/schemas/ThingInput",
      answered: "#/components/schemas/Thing",
    });
    expect(doc.components.schemas.Thing?.required).toEqual(["size"]);
    expect(doc.components.schemas.ThingInput?.required).toBeUndefined();
  });
});
