/** Built by scripts/build-console.mjs from the OpenAPI document: `get /v1/…` → least role. */
declare module "virtual:required-roles" {
  const roles: Record<string, string>;
  export default roles;
}
