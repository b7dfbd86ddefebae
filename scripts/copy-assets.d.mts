/** Puts the Worker's static assets in place: the docs page, its script, the OpenAPI document. */
export function copyAssets(): Promise<void>;
