/**
 * Writes the yardsticks' Worker configuration (the API's wrangler.toml, its name and script
 * replaced) into `dir`; returns the file's path. `root`: the project, by default the working one.
 */
export function writeBaselineConfig(dir: string, root?: string): string;
