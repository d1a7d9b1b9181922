// A number as Colombians write it ("1.200.000", "4,25") or plainly ("1200000", "1.5"): what the
// PEG forms and the XLSX instruments accept. Empty is null; anything else unreadable is undefined.

export function parseNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  let t = String(v).replace(/\s/g, '');
  if (t === '') return null;
  // Dots that group thousands ("1.500", "1.200.000,5") are dropped; a lone dot stays decimal
  // ("0.125" is a decimal: a thousands group never starts with 0).
  if (/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  // Plain decimals only: no hexadecimal, exponent or "Infinity".
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}
