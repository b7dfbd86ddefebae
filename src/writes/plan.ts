import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Changes, REDACTED } from "../activity/queries";
import { encryptSecret, type SecretContext } from "../lib/secrets";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** API field → column. */
export type FieldColumns<T extends SQLiteTable> = Record<string, keyof T["$inferSelect"] & string>;

export type WriteFields<T extends SQLiteTable> = {
  table: T;
  /** Fields stored as they are sent; the response carries them under the same name. */
  columns: FieldColumns<T>;
  /** Write-only fields, stored encrypted; responses say `<field>_set` instead. */
  secrets?: FieldColumns<T>;
};

export type WritePlan<T extends SQLiteTable> = {
  patch: Partial<T["$inferInsert"]>;
  changes: Changes;
};

/** The row being written: where secrets are bound, and on update what it held before. */
export type WriteTarget<T extends SQLiteTable> = {
  keys: string;
  tenantId: string;
  rowId: string;
  /** On update: the stored row, and the same row as the API shows it (the "from" of changes). */
  before?: { row: T["$inferSelect"]; shown: Record<string, unknown> };
};

/**
 * The one write planner, for the tenant and every resource: the columns to write for a create or
 * a partial update, and the field-level changes to log. Fields sent unchanged are left out;
 * secrets are encrypted, bound to their tenant, table, row and field, and logged only as
 * "[redacted]".
 */
export async function planWrite<T extends SQLiteTable>(
  fields: WriteFields<T>,
  body: Record<string, unknown>,
  target: WriteTarget<T>,
): Promise<WritePlan<T>> {
  const patch: Record<string, unknown> = {};
  const changes: Changes = {};
  for (const [field, column] of Object.entries(fields.columns)) {
    const value = body[field];
    const from = target.before?.shown[field] ?? null;
    if (value === undefined || (target.before && same(value, from))) continue;
    patch[column] = value;
    changes[field] = { from, to: value };
  }
  for (const [field, column] of Object.entries(fields.secrets ?? {})) {
    const value = body[field];
    const wasSet = target.before
      ? (target.before.row as Record<string, unknown>)[column] !== null
      : false;
    if (value === undefined || (value === null && !wasSet)) continue;
    patch[column] =
      value === null
        ? null
        : await seal(target.keys, value, {
            tenantId: target.tenantId,
            table: getTableName(fields.table),
            rowId: target.rowId,
            field,
          });
    changes[field] = { from: wasSet ? REDACTED : null, to: value === null ? null : REDACTED };
  }
  return { patch: patch as Partial<T["$inferInsert"]>, changes };
}

/** Strings are sealed as they are; objects (such as credentials) as their JSON. */
const seal = (keys: string, value: unknown, context: SecretContext) =>
  encryptSecret(keys, typeof value === "string" ? value : JSON.stringify(value), context);

/** What a create logs when the row is built by hand: every field, from nothing. */
export function additionChanges(fields: string[], shown: Record<string, unknown>): Changes {
  return Object.fromEntries(
    fields.map((field) => [field, { from: null, to: shown[field] ?? null }]),
  );
}

/** What a delete logs: every plain field, from its last value to nothing. */
export function removalChanges(fields: string[], shown: Record<string, unknown>): Changes {
  return Object.fromEntries(
    fields.map((field) => [field, { from: shown[field] ?? null, to: null }]),
  );
}
