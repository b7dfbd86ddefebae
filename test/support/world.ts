import fc from "fast-check";
import { archiveHistory } from "../../src/archive/sweep";
import { call, callJson, type Owner, signup, updateTenant } from "./api-client";
import { isIdParam, jsonBodySchema, type Operation } from "./api-document";
import { bucketOf, dbOf } from "./cells";
import { daysBefore, seedHistory } from "./history";
import { GENERATED_BODY_TRIES, type JsonSchema, validValue } from "./schema-arbitrary";

/**
 * A tenant with every feature on and one of each resource it can own, created through the API
 * from the OpenAPI document alone: a `{param}` after the tenant's id names an item of the
 * collection before it, made by POSTing a generated valid body there (or, for collections that
 * cannot be posted to, the first item listed); a parameter that names no item (`{table}`,
 * `{period}`) takes the field of that name of the first item listed at the collection before it.
 * Its history of more than a year ago is in its archive.
 */
export class TenantWorld {
  private readonly items = new Map<string, string | null>();

  private constructor(
    readonly owner: Owner,
    private readonly operations: Operation[],
    private readonly resolve: (ref: string) => JsonSchema,
  ) {}

  static async create(
    operations: Operation[],
    resolve: (ref: string) => JsonSchema,
    options: { webhooks?: boolean; region?: "us" | "eu" } = {},
  ) {
    const owner = await signup(undefined, options.region);
    const setup = await updateTenant(owner, {
      ...(options.webhooks && { webhook_url: "https://hooks.example.com/world" }),
      billing_plan: "enterprise",
      max_concurrent_calls: 1000,
      monthly_call_limit: 1_000_000,
      sip_enabled: true,
      recording_enabled: true,
      analytics_enabled: true,
    });
    if (setup.status !== 200) throw new Error(`world setup: ${JSON.stringify(setup.body)}`);
    const now = new Date();
    await seedHistory(owner.tenantId, daysBefore(now, 500), { calls: 1, entries: 1 });
    await archiveHistory(
      { db: await dbOf(owner.tenantId), bucket: await bucketOf(owner.tenantId) },
      now,
    );
    return new TenantWorld(owner, operations, resolve);
  }

  get tenantId() {
    return this.owner.tenantId;
  }

  /** The concrete path for `template`, or null when an item it needs cannot be made. */
  async path(template: string): Promise<string | null> {
    let resolved = "";
    let rest = template;
    let listing: string | undefined;
    for (let match = rest.match(/\{(\w+)\}/); match; match = rest.match(/\{(\w+)\}/)) {
      const before = rest.slice(0, match.index);
      resolved += before;
      const name = match[1] as string;
      listing = isIdParam(name) ? undefined : (listing ?? resolved.replace(/\/$/, ""));
      const value =
        name === "tenant_id"
          ? this.tenantId
          : listing
            ? await this.fieldOf(listing, name)
            : await this.itemOf(resolved.replace(/\/$/, ""));
      if (value === null) return null;
      resolved += value;
      rest = rest.slice((match.index ?? 0) + match[0].length);
    }
    return resolved + rest;
  }

  /** When the item under `path` was made, among this world's items: later items may refer to earlier ones. */
  madeAt(path: string): number {
    return [...this.items.keys()].findIndex((collection) => path.startsWith(`${collection}/`));
  }

  /** Known ids for body fields named after a collection (`agent_id`, `agent_ids`). */
  async idHints(): Promise<Record<string, string>> {
    const hints: Record<string, string> = {};
    for (const [collection, id] of this.items) {
      const noun = collection.split("/").at(-1)?.replace(/-/g, "_").replace(/s$/, "");
      if (noun && id) hints[`${noun}_id`] = id;
    }
    return hints;
  }

  /** A new item of the collection, made for one use (to delete it, say) and not remembered. */
  freshItem(collection: string): Promise<string | null> {
    return this.makeItem(collection);
  }

  /** The field `name` of the first item listed at `collection`. */
  private async fieldOf(collection: string, name: string): Promise<string | null> {
    const { body } = await callJson<{ items?: Record<string, unknown>[] }>(collection, {
      token: this.owner.token,
    });
    const value = body.items?.[0]?.[name];
    return typeof value === "string" ? value : null;
  }

  private async itemOf(collection: string): Promise<string | null> {
    if (!this.items.has(collection)) this.items.set(collection, await this.makeItem(collection));
    return this.items.get(collection) ?? null;
  }

  private async makeItem(collection: string): Promise<string | null> {
    const template = this.templateOf(collection);
    const create = this.operations.find((op) => op.method === "POST" && op.path === template);
    const token = this.owner.token;
    if (create?.requestBody) {
      const jsonSchema = jsonBodySchema(create);
      for (let attempt = 0; attempt < GENERATED_BODY_TRIES; attempt++) {
        const res = jsonSchema
          ? await call(collection, {
              method: "POST",
              token,
              body: await this.validBody(jsonSchema),
            })
          : await call(collection, {
              method: "POST",
              token,
              body: "sample bytes",
              headers: this.uploadHeaders(create),
            });
        if (res.ok) return ((await res.json()) as { id: string }).id;
      }
      return null;
    }
    const { body } = await callJson<{ items?: { id: string }[] }>(collection, { token });
    return body.items?.[0]?.id ?? null;
  }

  /** A body valid by the schema, with id fields pointing at this tenant's own items. */
  async validBody(schema: JsonSchema): Promise<unknown> {
    const [body] = fc.sample(validValue(schema, this.resolve), 1);
    return this.withOwnIds(body);
  }

  /** `body` with its id fields (`agent_id`, `agent_ids`) pointing at this tenant's own items. */
  async withOwnIds(body: unknown): Promise<unknown> {
    if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
    const hints = await this.idHints();
    const patched: Record<string, unknown> = { ...body };
    for (const key of Object.keys(patched)) {
      if (hints[key]) patched[key] = hints[key];
      const single = key.replace(/_ids$/, "_id");
      if (key.endsWith("_ids") && hints[single]) patched[key] = [hints[single]];
    }
    return patched;
  }

  /** Headers for a raw upload: the first type the document lists, and a file name if it takes one. */
  uploadHeaders(op: Operation): Record<string, string> {
    const type = Object.keys(op.requestBody?.content ?? {})[0] ?? "application/octet-stream";
    const headers: Record<string, string> = { "Content-Type": type };
    if (op.parameters?.some((p) => p.in === "header" && p.name === "X-Filename"))
      headers["X-Filename"] = "sample.txt";
    return headers;
  }

  /** The document's template for a concrete collection path of this tenant. */
  private templateOf(collection: string) {
    const concrete = collection.split("/");
    const candidates = this.operations
      .map((op) => op.path)
      .filter((p) => p.split("/").length === concrete.length);
    return (
      candidates.find((p) =>
        p.split("/").every((part, i) => part.startsWith("{") || part === concrete[i]),
      ) ?? collection
    );
  }
}
