// Which steps of a registry's redirect chain are acceptable: HTTPS only, and never from a public name
// to an address of the machine or of a private network (a published sheet must not be able to send
// the extension's requests to the user's router, intranet or a local service). Extensions have no
// DNS API in Chrome: what is judged is the host as written in the URL (IP literals, local names).

/** The IPv4 ranges that are not on the public internet (RFC 1122, 1918, 6598, 3927, 2544, 5737, 1112). */
const PLAGES_IPV4: [number, number][] = [
  [0x00000000, 8], // 0.0.0.0/8 « this network »
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 CGNAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // 169.254/16 link-local
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // 192.0.0/24 IETF
  [0xc0000200, 24], // 192.0.2/24 documentation
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xc6336400, 24], // 198.51.100/24 documentation
  [0xcb007100, 24], // 203.0.113/24 documentation
  [0xe0000000, 3], // 224/4 multicast and 240/4 reserved, broadcast
];

/** Names that only mean something on the user's machine or network (RFC 6761, 6762, 8375). */
const SUFFIXES_LOCAUX = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'home.arpa', 'corp', 'test', 'invalid'];

function ipv4(hote: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hote);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return null;
  return ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
}

function ipv4NonPublique(adresse: number): boolean {
  return PLAGES_IPV4.some(([debut, bits]) => {
    const masque = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (adresse & masque) >>> 0 === debut;
  });
}

/** The 8 groups of an IPv6 literal (URL hosts are already compressed and lower-case), or null. */
function groupesIpv6(hote: string): number[] | null {
  if (!hote.includes(':')) return null;
  let texte = hote;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(texte);
  const fin: number[] = [];
  if (v4) {
    const a = ipv4(v4[1]!);
    if (a === null) return null;
    fin.push(a >>> 16, a & 0xffff);
    texte = texte.slice(0, -v4[1]!.length).replace(/:$/, ':0');
    if (texte.endsWith('::0')) texte = texte.slice(0, -1);
  }
  const [gauche, droite] = texte.split('::') as [string, string | undefined];
  const lire = (s: string) => (s ? s.split(':').filter((g) => g !== '').map((g) => parseInt(g, 16)) : []);
  const g = lire(gauche);
  const d = droite === undefined ? [] : lire(droite);
  const manquants = 8 - fin.length - g.length - d.length;
  if (manquants < 0 || (droite === undefined && manquants !== 0) || [...g, ...d].some((x) => Number.isNaN(x) || x > 0xffff)) return null;
  return [...g, ...new Array<number>(manquants).fill(0), ...d, ...fin].slice(0, 8);
}

function ipv6NonPublique(groupes: number[]): boolean {
  const [a = 0] = groupes;
  if (groupes.every((g, i) => (i < 7 ? g === 0 : g <= 1))) return true; // :: and ::1
  if ((a & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local (ULA)
  if ((a & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((a & 0xff00) === 0xff00) return true; // multicast
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address.
  const mappee = groupes.slice(0, 5).every((g) => g === 0) && groupes[5] === 0xffff;
  const nat64 = a === 0x64 && groupes[1] === 0xff9b && groupes.slice(2, 6).every((g) => g === 0);
  if (mappee || nat64) return ipv4NonPublique(((groupes[6]! << 16) | groupes[7]!) >>> 0);
  return false;
}

/**
 * True when a URL's host name (as `URL.hostname` gives it: IPv4 dotted, IPv6 in brackets, names
 * lower-case) designates the machine itself or a private or local network, or is a bare name with
 * no dot (`intranet`), which only a local resolver can answer.
 */
export function hoteNonPublic(hote: string): boolean {
  const h = hote.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (h === '') return true;
  const v4 = ipv4(h);
  if (v4 !== null) return ipv4NonPublique(v4);
  const v6 = groupesIpv6(h);
  if (v6) return ipv6NonPublique(v6);
  if (!h.includes('.')) return true;
  return SUFFIXES_LOCAUX.some((s) => h === s || h.endsWith(`.${s}`));
}

/** `https://127.0.0.1:8443`: the origin shown in a message (never the path or the query, which may carry a token). */
export function origineLisible(url: URL): string {
  return url.origin;
}

/** The start is a local test server (`http://localhost`, `http://127.0.0.1`): the settings allow it for tests. */
function estServeurLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(url.hostname);
}

/**
 * Why the chain may not go from `depart` (the address the user saved) to `etape` (a redirect's
 * target), in French; null when the step is acceptable. HTTPS only; a local address only when the
 * user's own address was already local (an intranet registry).
 */
export function refusEtape(depart: URL, etape: URL): string | null {
  const locale = estServeurLocalHttp(depart);
  if (etape.protocol !== 'https:' && !(locale && estServeurLocalHttp(etape))) {
    return `une étape en ${etape.protocol.replace(/:$/, '')} (${origineLisible(etape)}), sans chiffrement : seul https est suivi`;
  }
  if (hoteNonPublic(etape.hostname) && !hoteNonPublic(depart.hostname)) {
    return `une adresse locale ou privée (${origineLisible(etape)}) atteinte depuis ${depart.hostname}, un nom public`;
  }
  return null;
}
