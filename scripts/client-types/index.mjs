import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

const BANNER =
  "// Generated from GET /openapi.json by `npm run client:generate`: edit the API, not this file.\n\n";

const BLOB = ts.factory.createTypeReferenceNode("Blob");
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/**
 * Binary bodies (recordings, knowledge-base files) are `Blob`, not `string`: a request sends the
 * bytes as they are, and a response is read with `parseAs: "arrayBuffer"` (or "blob", "stream").
 */
function binaryAsBlob(schema) {
  if (schema.format !== "binary") return undefined;
  const nullable = schema.nullable || (Array.isArray(schema.type) && schema.type.includes("null"));
  return nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
}

/** Formatted by the project's Biome, so the file reads like the rest of the code and lints clean. */
function format(source) {
  const biome = spawnSync(
    process.execPath,
    [require.resolve("@biomejs/biome/bin/biome"), "format", "--stdin-file-path=client/api.d.ts"],
    { cwd: PROJECT_ROOT, input: source, encoding: "utf8" },
  );
  if (biome.status !== 0) throw new Error(`biome format failed:\n${biome.stderr}`);
  return biome.stdout;
}

/** The text of `client/api.d.ts` for an OpenAPI document. */
export async function clientTypes(document) {
  const ast = await openapiTS(document, { transform: binaryAsBlob });
  return format(BANNER + astToString(ast));
}
