// `npm run client:generate`: client/api.d.ts from the document the API serves. Run it after
// changing a route or a schema; a test fails while the committed file is out of date.
import { writeFileSync } from "node:fs";
import { clientTypes } from "client-types";
import { requestOpenApiDocument } from "./openapi-document.mjs";

const types = await clientTypes(await requestOpenApiDocument());
writeFileSync(new URL("../client/api.d.ts", import.meta.url), types);
console.log("Wrote client/api.d.ts");
