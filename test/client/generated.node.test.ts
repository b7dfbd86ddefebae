/// <reference types="node" />
import { readFileSync } from "node:fs";
import { clientTypes } from "client-types";
import { expect, it } from "vitest";
import { requestOpenApiDocument } from "../../scripts/openapi-document.mjs";

// Bundling the app, generating and formatting take a few seconds on a busy machine.
const GENERATION_TIMEOUT_MS = 60_000;

it(
  "client/api.d.ts is what the API's document generates now",
  async () => {
    const committed = readFileSync(new URL("../../client/api.d.ts", import.meta.url), "utf8");
    const current = await clientTypes(await requestOpenApiDocument());
    expect(current, "client/api.d.ts is out of date: run `npm run client:generate`").toBe(
      committed,
    );
  },
  GENERATION_TIMEOUT_MS,
);
