/**
 * Entity-tag comparison for conditional requests (RFC 9110 §8.8.3, §13.1). Tags are given quoted,
 * as they are sent in `ETag` (`"v3"`); a header is `*` or a list of tags, weak ones prefixed `W/`.
 * Members that are not entity-tags match nothing.
 */

type ListedTag = { weak: boolean; opaque: string };

// A quoted tag may contain commas, so the list is read tag by tag, not split on commas.
const LISTED = /(W\/)?("[^"]*")/g;

function listed(header: string): ListedTag[] | "*" {
  if (header.trim() === "*") return "*";
  return [...header.matchAll(LISTED)].map(([, weak, opaque]) => ({
    weak: weak !== undefined,
    opaque: opaque as string,
  }));
}

/** `If-Match`: strong comparison, so a weak tag never matches (§13.1.1). */
export function ifMatchHolds(header: string, etag: string): boolean {
  const tags = listed(header);
  return tags === "*" || tags.some((tag) => !tag.weak && tag.opaque === etag);
}

/** `If-None-Match` names the current representation: weak comparison (§13.1.2), so a 304. */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  const tags = listed(header);
  return tags === "*" || tags.some((tag) => tag.opaque === etag);
}
