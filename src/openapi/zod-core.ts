/**
 * What the deployed bundle gets for `zod/v4/core` (wrangler.toml, `[alias]`). The OpenAPI
 * libraries import that namespace whole, every zod locale with it (about 75 KB gzip), for its
 * `toJSONSchema`, which is zod's own and the only part they read.
 */
export { toJSONSchema } from "zod";
