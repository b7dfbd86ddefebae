export type FenceTrigger = { name: string; table: string; sql: string };
/** The triggers src/db/fence.ts generates from the schema. */
export function generatedFence(): Promise<FenceTrigger[]>;
/** The fence's triggers as the cell's migrations, replayed in order, leave them: name → sql. */
export function emittedFence(): Map<string, string>;
/** What differs between the emitted triggers and the generated ones, trigger by trigger. */
export function differences(emitted: Map<string, string>, generated: FenceTrigger[]): string[];
