/** The cycles of the import graph of `dir` (src/ by default), each as the modules around it. */
export function importCycles(dir?: string): string[][];
