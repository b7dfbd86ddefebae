import * as z from "zod";

type JsonSchema = Record<string, unknown>;
type Io = "input" | "output";

export type SchemaContext = {
  components: { schemas?: Record<string, unknown> };
  options?: { io?: Io };
};

/**
 * Marks a component converted in its input form, until the whole document is known: it then
 * takes the plain name, or `<Name>Input` beside a different output form (`nameInputForms`).
 */
export const INPUT_FORM = "~input";

const DEFS = "#/$defs/";
export const COMPONENTS = "#/components/schemas/";

/** `node` with every `$ref` passed through `rename`. */
export function relink(node: unknown, rename: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => relink(item, rename));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? rename(value) : relink(value, rename),
    ]),
  );
}

/**
 * A zod schema as OpenAPI 3.1 (JSON Schema 2020-12), for hono-openapi's `loadVendor`: schemas
 * named with `.meta({ id })` land in `components.schemas` and are referenced, in the form the
 * context asks for (`io`: a request's input, or a response's output).
 */
export function zodToOpenApi(schema: z.ZodType, context: SchemaContext): JsonSchema {
  const io = context.options?.io ?? "input";
  const {
    $schema: _,
    $defs,
    ...root
  } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const nameOf = (id: string) => (io === "input" ? `${id}${INPUT_FORM}` : id);
  const rename = (ref: string) =>
    ref.startsWith(DEFS) ? `${COMPONENTS}${nameOf(ref.slice(DEFS.length))}` : ref;
  context.components.schemas ??= {};
  for (const [id, def] of Object.entries($defs ?? {})) {
    context.components.schemas[nameOf(id)] = relink(def, rename);
  }
  return relink(root, rename) as JsonSchema;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Gives each input form its name: the plain one when no output form differs from it, else
 * `<Name>Input`. A form that refers to a renamed one differs too, so this runs to a fixpoint.
 * Answers the document with every reference to an input form renamed.
 */
export function nameInputForms<D extends { components: { schemas?: Record<string, unknown> } }>(
  document: D,
): D {
  const schemas = document.components.schemas ?? {};
  const inputs = Object.keys(schemas).filter((key) => key.endsWith(INPUT_FORM));
  const baseOf = (key: string) => key.slice(0, -INPUT_FORM.length);
  const names = new Map(inputs.map((key) => [key, baseOf(key)]));
  const rename = (ref: string) => {
    const name = ref.startsWith(COMPONENTS) && names.get(ref.slice(COMPONENTS.length));
    return name ? `${COMPONENTS}${name}` : ref;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of inputs) {
      const base = baseOf(key);
      if (names.get(key) !== base || !(base in schemas)) continue;
      if (!same(relink(schemas[key], rename), schemas[base])) {
        names.set(key, `${base}Input`);
        changed = true;
      }
    }
  }
  for (const key of inputs) {
    const form = schemas[key];
    delete schemas[key];
    schemas[names.get(key) as string] ??= form;
  }
  return relink(document, rename) as D;
}
