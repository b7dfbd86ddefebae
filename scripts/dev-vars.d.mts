/** A .dev.vars file's content with fresh secrets: what a local API needs to run. */
export function freshDevVars(): string;

/** `existing` with the variables it lacks added, fresh; `added` names them. */
export function completedDevVars(existing: string): { text: string; added: string[] };

/** An Ed25519 key for the audit checkpoints, `<x>.<d>` (its JWK's halves). */
export function auditSigningKey(): string;
