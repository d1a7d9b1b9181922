// Accent- and case-insensitive search of municipios by name, department or DANE code ("yolombo",
// "Nordeste", "05890"), and the parsing of a pasted list of codes.
import { normaliseDaneCode } from './dane-code';
export interface Searchable {
  code: string;
  name: string;
  department: string;
}

export const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Best matches first: code prefix, then name prefix, then name or department containing it. */
export function searchMunicipios<T extends Searchable>(
  all: readonly T[],
  query: string,
  limit = 12
): T[] {
  const q = fold(query);
  if (!q) return [];
  const score = (m: T) => {
    const name = fold(m.name);
    if (/^\d+$/.test(q)) return m.code.startsWith(q) ? 0 : -1;
    if (name.startsWith(q)) return 1;
    if (name.includes(q)) return 2;
    return fold(`${m.name} ${m.department}`).includes(q) ? 3 : -1;
  };
  return all
    .map((m) => [score(m), m] as const)
    .filter(([s]) => s >= 0)
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name, 'es'))
    .slice(0, limit)
    .map(([, m]) => m);
}

/**
 * Codes in pasted text (commas, spaces, new lines, a spreadsheet column): 5 digits, or 4 when a
 * spreadsheet dropped the leading zero (repaired). Returns the known codes in order, once, and the
 * tokens that are not municipios, and the repaired ones (for the same warning the CLI gives).
 */
export function parseCodeList(
  text: string,
  known: ReadonlySet<string>
): { codes: string[]; unknown: string[]; repaired: { raw: string; code: string }[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  const repaired: { raw: string; code: string }[] = [];
  for (const raw of text.split(/[\s,;]+/).filter(Boolean)) {
    const n = normaliseDaneCode(raw);
    if (!n || !known.has(n.code)) unknown.push(raw);
    else if (!codes.includes(n.code)) {
      codes.push(n.code);
      if (n.repaired) repaired.push({ raw, code: n.code });
    }
  }
  return { codes, unknown, repaired };
}
