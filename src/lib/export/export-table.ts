// A table to export (header + rows), and its CSV form: UTF-8 with BOM (Excel reads the accents
// right), full-precision numbers with a dot as decimal separator, empty cells for no value.
import { csvFormatRows } from 'd3-dsv';

/** Numbers stay numbers so an XLSX keeps them as numeric cells. */
export type Cell = string | number | boolean | null;

export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

export function tableCsv({ header, rows }: ExportTable): string {
  const text = rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
  return `\uFEFF${csvFormatRows([header, ...text])}\n`;
}
