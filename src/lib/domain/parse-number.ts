// A number as Colombians write it ("1.200.000", "4,25") or plainly ("1200000", "1.5"): what the
// PEG forms and the XLSX instruments accept. Empty is null; anything else unreadable is undefined.

export function parseNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  let t = String(v).replace(/\s/g, '');
  if (t === '') return null;
  // Dots that group thousands ("1.500", "1.200.000,5") are dropped; a lone dot stays decimal.
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
