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

export function isPublicIpv6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  // An IPv4 address in disguise (mapped ::ffff:a.b.c.d, or the NAT64 well-known prefix) is
  // judged as that IPv4 address.
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) {
    return isPublicIpv4(embedded);
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isPublicIpv4(embedded);
  }
  if (groups.slice(0, 7).every((g) => g === 0)) return false; // :: and ::1
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((g0 & 0xff80) === 0xfe80) return false; // link-local fe80::/10, old site-local fec0::/10
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  return true;
}
