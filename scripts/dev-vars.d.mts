/** A .dev.vars file's content with fresh secrets: what a local API needs to run. */
export function freshDevVars(): string;
