// DANE municipio codes are 5-character text: department (2) + municipio (3), leading zeros kept.
// A spreadsheet or a hand often drops the leading zero (5736 for Segovia 05736, or 5736.0): the
// web page, the table importer and the command line repair it the same way, and say so.
export const DANE_CODE = /^\d{5}$/;

/** The 5-digit code a cell or a typed token stands for (repaired: it lost its leading zero). */
export function normaliseDaneCode(raw: string): { code: string; repaired: boolean } | null {
  const t = raw
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/\.0+$/, '');
  if (DANE_CODE.test(t)) return { code: t, repaired: false };
  if (/^\d{4}$/.test(t)) return { code: `0${t}`, repaired: true };
  return null;
}

/** The warning every side gives for repaired codes (a sample when there are many). */
export function repairedCodesNote(repaired: readonly { raw: string; code: string }[]): string {
  const pairs = repaired.map((r) => `${r.raw.trim()} → ${r.code}`);
  const shown = pairs.slice(0, 5).join(', ') + (pairs.length > 5 ? `… (${pairs.length})` : '');
  return `${repaired.length} códigos sin el cero inicial se repararon: ${shown}.`;
}
