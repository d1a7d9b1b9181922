// Picks the content coding of a response from the request's Accept-Encoding (RFC 9110 §12.5.3):
// the highest q-value wins, ties go to the server's order (br, then gzip, then identity).
// `identity` is acceptable unless the header excludes it (`identity;q=0`, or `*;q=0` without
// naming it), at the lowest q-value the header gives (as the `negotiator` package reads it); an
// absent header gets identity. When nothing offered is acceptable the answer is
// identity (RFC 9110 lets a server send the unencoded bytes rather than fail).

export type ContentCoding = 'br' | 'gzip' | 'identity';

export const SERVER_ORDER: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

const ALIASES: Record<string, string> = { 'x-gzip': 'gzip' };
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The q-value of each coding the header names (lower case), `*` included. */
function qualities(header: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let value = 1;
    for (const p of params) {
      const m = /^q\s*=\s*(.*)$/i.exec(p);
      if (m) value = QVALUE.test(m[1]!) ? Number(m[1]) : NaN;
    }
    if (Number.isNaN(value)) continue;
    const coding = name.toLowerCase();
    q.set(ALIASES[coding] ?? coding, value);
  }
  return q;
}

export function negotiateEncoding(
  header: string | null | undefined,
  offered: readonly ContentCoding[] = SERVER_ORDER
): ContentCoding {
  if (header === null || header === undefined) return 'identity';
  const q = qualities(header);
  const star = q.get('*');
  const lowest = Math.min(1, ...[...q.values()].filter((v) => v > 0));
  const quality = (c: ContentCoding) => q.get(c) ?? star ?? (c === 'identity' ? lowest : 0);
  let best: ContentCoding = 'identity';
  let bestQ = 0;
  for (const c of SERVER_ORDER) {
    if (!offered.includes(c)) continue;
    const v = quality(c);
    if (v > bestQ) [best, bestQ] = [c, v];
  }
  return best;
}
