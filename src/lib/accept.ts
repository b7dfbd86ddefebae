type Preference = { type: string; q: number; at: number };

/** The media types of an `Accept` header, lower case, with their weights and places. */
function preferences(accept: string): Preference[] {
  return accept.split(",").map((entry, at) => {
    const [type = "", ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { type, q: Number.isFinite(weight) ? weight : 0, at };
  });
}

/**
 * Whether `accept` asks for `wanted` rather than the default `usual`: `wanted` is named with a
 * weight above zero, and `usual` is not named with a higher one (or an equal one, before it).
 * Wildcards choose nothing: they are served the default.
 */
export function prefers(accept: string | undefined, wanted: string, usual: string): boolean {
  if (!accept) return false;
  const listed = preferences(accept);
  const chosen = listed.find((p) => p.type === wanted);
  if (!chosen || chosen.q <= 0) return false;
  const other = listed.find((p) => p.type === usual);
  return !other || other.q < chosen.q || (other.q === chosen.q && chosen.at < other.at);
}
