/** The statements that create what `migrations`, applied in order, leave in an empty database. */
export function squashedSchema(migrations: { name: string; queries: string[] }[]): string[];
