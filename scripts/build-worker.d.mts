import type MagicString from "magic-string";

/** Bytes of the Worker's modules, raw and gzipped (level 9). */
export type ModuleSizes = { rawBytes: number; gzipBytes: number };

/** Source text with its documentation text removed, as edits to it. */
export function stripDocumentation(code: string, options?: { lang?: "ts" | "tsx" }): MagicString;

/** A source file without its documentation text, with an inline source map to `mapSource`. */
export function strippedModule(source: string, file: string, mapSource?: string): string;

/** The modules wrangler wrote to `outdir`, their sizes. */
export function moduleSizes(outdir: string): ModuleSizes;

/** Builds the deployable Worker into `outdir` (dist/worker by default): its entry and sizes. */
export function buildWorker(options?: { outdir?: string }): { entry: string } & ModuleSizes;
