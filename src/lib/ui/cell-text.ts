// A table cell as the grids show it: numbers with a decimal comma and no grouping (years and
// codes stay readable), long text (a GeoJSON geometry) cut with its length.
import type { Cell } from '$lib/export/export-table';

const number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 6, useGrouping: false });
const count = new Intl.NumberFormat('es-CO');
export const CELL_TEXT_MAX = 120;

export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return number.format(c);
  if (typeof c === 'boolean') return c ? 'verdadero' : 'falso';
  if (c.length <= CELL_TEXT_MAX) return c;
  return `${c.slice(0, 80)}… (${count.format(c.length)} caracteres)`;
}
