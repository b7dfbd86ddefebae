/** docs/api.md, and the markers its route table stands between. */
export const API_DOC: string;
export const BEGIN: string;
export const END: string;
/** For each route of the app (`METHOD /path`, the document's form), the routes.ts declaring it. */
export function routeSources(): Promise<Map<string, Set<string>>>;
/** The operations of the OpenAPI document, in its order. */
export function operations(): Promise<
  { method: string; path: string; operationId: string; summary: string }[]
>;
/** Whether a test's text calls the operation. */
export function exercises(text: string, operation: { method: string; path: string }): boolean;
/** The table as `node scripts/route-table.mjs --write` writes it. */
export function routeTable(): Promise<string>;
