import { drizzle } from "drizzle-orm/d1";

export const createDb = (d1: D1Database | D1DatabaseSession) => drizzle(d1 as D1Database);
export type Db = ReturnType<typeof createDb>;
