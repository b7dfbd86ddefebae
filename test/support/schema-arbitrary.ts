import fc from "fast-check";

/** The subset of JSON Schema (draft 2020-12) that zod emits for our request bodies. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  /** A property only this role may send, in a body the route takes from lesser roles too. */
  "x-required-role"?: string;
  /** The document's host rule, which no JSON Schema keyword states (src/lib/hosts.ts). */
  "x-public-host"?: string;
};

export type Resolve = (ref: string) => JsonSchema;

const FIRST_DATE_TIME = new Date("0001-01-01T00:00:00.000Z");
const LAST_DATE_TIME = new Date("9999-12-31T23:59:59.999Z");
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
const FORMATS: Record<string, fc.Arbitrary<string>> = {
  email: fc.tuple(word, word).map(([user, host]) => `${user}@${host}.example`),
  uri: fc.tuple(word, word).map(([host, path]) => `https://${host}.example.com/${path}`),
  url: fc.tuple(word, word).map(([host, path]) => `https://${host}.example.com/${path}`),
  uuid: fc.uuid(),
  // RFC 3339's four-digit years: past them toISOString writes `+275760-…`, no date-time at all
  // (four in five of fast-check's unbounded dates), which the API rightly refuses.
  "date-time": fc
    .date({ min: FIRST_DATE_TIME, max: LAST_DATE_TIME, noInvalidDate: true })
    .map((d) => d.toISOString()),
};

/**
 * Host names under a public domain of this generator's own: a host the pattern alone would let
 * through (`[4.6f]`, `[::1]`) is refused by the rule `x-public-host` states in words.
 */
const PUBLIC_HOST = fc.tuple(word, word).map(([host, domain]) => `${host}.${domain}.example.com`);

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const format = schema.format && FORMATS[schema.format];
  if (format) return format;
  if (schema["x-public-host"]) return PUBLIC_HOST;
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter(
        (s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity),
      );
  }
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.min(schema.maxLength ?? 40, minLength + 40) });
}

const BOUND = 2 ** 31;

/**
 * How many generated bodies a walk tries before it gives up on a route. A body valid by its schema
 * may break a rule the schema cannot express: a usage alert's create refuses 231 of 300 drawn (215
 * give both or neither of `threshold` and `threshold_percent`, 16 a percentage to a metric with no
 * limit). At 25 tries a walk missed such a route about once in 700; at 100, about once in 10^11.
 */
export const GENERATED_BODY_TRIES = 100;

/** Values that satisfy `schema`. */
export function validValue(schema: JsonSchema, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return validValue(resolve(schema.$ref), resolve, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => validValue(b, resolve, depth)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validValue({ ...schema, type }, resolve, depth)));
  }
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return fc.integer({
        min: Math.max(schema.minimum ?? -BOUND, -BOUND),
        max: Math.min(schema.maximum ?? BOUND, BOUND),
      });
    case "number":
      return fc.double({
        min: Math.max(schema.minimum ?? -BOUND, -BOUND),
        max: Math.min(schema.maximum ?? BOUND, BOUND),
        noNaN: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const items = validValue(schema.items ?? {}, resolve, depth + 1);
      const constraints = {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      };
      return schema.uniqueItems
        ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) })
        : fc.array(items, constraints);
    }
    case "object": {
      // A property of a higher role than the route's is left out: whoever performs the route
      // may send the body (such a field has tests of its own).
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key, value]) => !value["x-required-role"] || schema.required?.includes(key))
          .map(([key, value]) => [key, validValue(value, resolve, depth + 1)]),
      );
      const record = fc.record(properties, { requiredKeys: schema.required ?? [] });
      if (typeof schema.additionalProperties !== "object" || depth > 2) return record;
      const extra = fc.dictionary(
        word,
        validValue(schema.additionalProperties, resolve, depth + 1),
        { maxKeys: 3 },
      );
      return fc.tuple(record, extra).map(([known, more]) => ({ ...more, ...known }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values that break `schema` in one place, or any JSON at all. */
export function invalidBody(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<unknown> {
  const target = schema.$ref ? resolve(schema.$ref) : schema;
  const valid = validValue(target, resolve) as fc.Arbitrary<Record<string, unknown>>;
  const keys = Object.keys(target.properties ?? {});
  const mutations: fc.Arbitrary<unknown>[] = [fc.jsonValue({ maxDepth: 3 })];
  if (target.type === "object") {
    mutations.push(
      fc.tuple(valid, word).map(([body, key]) => ({ ...body, [`x_${key}`]: 1 })),
      fc.tuple(valid, fc.jsonValue({ maxDepth: 1 })).map(([body, junk]) => [body, junk]),
    );
    if (keys.length > 0) {
      mutations.push(
        fc
          .tuple(valid, fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }))
          .map(([body, key, junk]) => ({ ...body, [key]: junk })),
        fc.tuple(valid, fc.constantFrom(...keys)).map(([body, key]) => {
          const { [key]: _dropped, ...rest } = body;
          return rest;
        }),
      );
    }
    // A host of the shape the pattern gives, which the host rule may still refuse (`[4.6f]`).
    for (const [key, property] of Object.entries(target.properties ?? {})) {
      const host = [property, ...(property.anyOf ?? [])].find(
        (branch) => branch["x-public-host"] && branch.pattern,
      );
      if (!host?.pattern) continue;
      mutations.push(
        fc
          .tuple(valid, fc.stringMatching(new RegExp(host.pattern)))
          .map(([body, shaped]) => ({ ...body, [key]: shaped })),
      );
    }
  }
  return fc.oneof(...mutations);
}
