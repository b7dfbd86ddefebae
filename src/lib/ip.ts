/**
 * IP literals as the WHATWG URL parser leaves them in `URL.hostname` (IPv4 dotted, already
 * normalised from forms like `0x7f.1` or `2130706433`; IPv6 in brackets), and whether an address
 * is one the public internet can route to.
 */

/** The four bytes of a dotted IPv4 address, or null when `host` is not one. */
export function parseIpv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (brackets allowed), or null when it is not one. */
export function parseIpv6(host: string): number[] | null {
  const text = host.replace(/^\[(.*)\]$/, "$1");
  if (!text.includes(":")) return null;
  const [head = "", tail, ...rest] = text.split("::");
  if (rest.length > 0) return null;
  const groupsOf = (part: string): number[] | null => {
    if (part === "") return [];
    const groups: number[] = [];
    const pieces = part.split(":");
    for (const [i, piece] of pieces.entries()) {
      const v4 = i === pieces.length - 1 ? parseIpv4(piece) : null;
      if (v4) {
        groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        groups.push(Number.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  if (!front || !back) return null;
  const missing = 8 - front.length - back.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...front, ...new Array<number>(missing).fill(0), ...back];
}

/** Special-purpose IPv4 ranges (RFC 6890 and successors) as [first byte pattern, prefix bits]. */
const NON_PUBLIC_IPV4: [number[], number][] = [
  [[0, 0, 0, 0], 8], // "this network", including 0.0.0.0
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // carrier-grade NAT
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local, including the 169.254.169.254 metadata service
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, including 255.255.255.255
];

function inRange(bytes: number[], base: number[], bits: number): boolean {
  for (let i = 0; i < 4; i++) {
    const take = Math.max(0, Math.min(8, bits - i * 8));
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((base[i] ?? 0) & mask)) return false;
  }
  return true;
}

export const isPublicIpv4 = (bytes: number[]) =>
  !NON_PUBLIC_IPV4.some(([base, bits]) => inRange(bytes, base, bits));

const ipv4Of = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff];

/**
 * The IPv4 addresses an IPv6 address stands for, when it is one of the forms that carry an IPv4
 * address inside (RFC 4291, RFC 6052, RFC 3056, RFC 4380); null for any other address. Packets
 * to such an address reach, or are translated to, those IPv4 hosts.
 */
function embeddedIpv4(groups: number[]): number[][] | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const last32 = ipv4Of(g6, g7);
  const zeroUpTo4 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0;
  if (zeroUpTo4 && g4 === 0 && (g5 === 0 || g5 === 0xffff)) return [last32]; // ::/96, ::ffff:0:0/96
  if (zeroUpTo4 && g4 === 0xffff && g5 === 0) return [last32]; // SIIT ::ffff:0:0:0/96
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return [last32]; // NAT64 well-known prefix 64:ff9b::/96
  }
  if (g0 === 0x2002) return [ipv4Of(g1, g2)]; // 6to4 2002::/16
  if (g0 === 0x2001 && g1 === 0) {
    // Teredo 2001::/32: the server's address, then the client's with every bit inverted.
    return [ipv4Of(g2, g3), ipv4Of(g6 ^ 0xffff, g7 ^ 0xffff)];
  }
  return null;
}

/**
 * Whether the public internet can route to an IPv6 address. Forms that embed an IPv4 address
 * are judged by it; everything else must be global unicast (2000::/3, the only block IANA
 * allocates to the internet), outside the ranges within it that are not (IANA's special-purpose
 * registry). Outside 2000::/3 this refuses loopback, unique local, link-local, site-local,
 * multicast, discard-only, SRv6 and the local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215), whose
 * translators serve one network only, whatever the IPv4 address inside.
 */
export function isPublicIpv6(groups: number[]): boolean {
  const embedded = embeddedIpv4(groups);
  if (embedded) return embedded.every(isPublicIpv4);
  const [g0 = 0, g1 = 0] = groups;
  if ((g0 & 0xe000) !== 0x2000) return false;
  if (g0 === 0x2001 && g1 < 0x200) return false; // IETF protocol assignments 2001::/23
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  if (g0 === 0x3fff && g1 < 0x1000) return false; // documentation 3fff::/20 (RFC 9637)
  return true;
}
