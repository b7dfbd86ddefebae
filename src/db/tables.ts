import { is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

/** Every table of the schema, so passes over "all tables" pick up tables added later. */
export const allTables = (): SQLiteTable[] =>
  (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable =>
    is(value, SQLiteTable),
  );

export const tableName = (table: SQLiteTable) => getTableConfig(table).name;
