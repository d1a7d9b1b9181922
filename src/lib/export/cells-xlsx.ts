// A table of cells (an attribute table, a SQL result) as an XLSX workbook with its sources and,
// for a query, a «Consulta» sheet with the SQL. A text longer than a cell holds (32,767
// characters: a long GeoJSON geometry) becomes a note saying so; the CSV keeps it whole.
import type { Cell, ExportTable } from './export-table';
import type { ExportProvenance } from './layer-geojson';
import { xlsxWorkbook } from './xlsx-workbook';

export const XLSX_CELL_MAX = 32_767;

const fit = (c: Cell): Cell =>
  typeof c === 'string' && c.length > XLSX_CELL_MAX
    ? `(texto de ${c.length} caracteres: no cabe en una celda de Excel; exporte CSV)`
    : c;

export function cellsXlsx(
  sheet: string,
  table: ExportTable,
  sources: ExportProvenance[],
  sql?: string
): Promise<Uint8Array> {
  const rows = table.rows.map((r) => r.map(fit));
  const more = sql ? [{ name: 'Consulta', table: { header: ['SQL'], rows: [[sql]] } }] : [];
  return xlsxWorkbook({ name: sheet, table: { header: table.header, rows } }, sources, more);
}
