/** The text of `client/api.d.ts` for an OpenAPI document. */
export function clientTypes(document: object): Promise<string>;
