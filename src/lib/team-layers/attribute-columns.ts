// Feature attributes → typed Arrow columns: a field whose every value is a finite number is f64,
// any other is utf8 (dates as YYYY-MM-DD, blanks as null). Names the geometry columns take are
// renamed with a suffix and reported.
import type { Column } from '../export/arrow-ipc';
import { attributeCell } from '../export/attribute-cell';

const RESERVED = new Set(['geometry', 'min_lon', 'min_lat', 'max_lon', 'max_lat']);

export function attributeColumns(
  rows: readonly Record<string, unknown>[],
  fields: readonly string[],
  warnings: string[]
): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const field of fields) {
    const cells = rows.map((r) => attributeCell(r[field]));
    const blank = (c: unknown) => c === null || c === '';
    const numeric =
      cells.some((c) => !blank(c)) && cells.every((c) => blank(c) || typeof c === 'number');
    let name = field;
    while (RESERVED.has(name.toLowerCase()) || name in out) name = `${name}_atributo`;
    if (name !== field) warnings.push(`el campo «${field}» se guardó como «${name}».`);
    out[name] = numeric
      ? { type: 'f64', values: cells.map((c) => (typeof c === 'number' ? c : null)) }
      : { type: 'utf8', values: cells.map((c) => (blank(c) ? null : String(c))) };
  }
  return out;
}
