// An XLSX workbook of one data sheet plus a «Fuentes» sheet with the provenance of each layer in
// it. Header rows bold and frozen, with a filter; columns sized to their content; numbers stay
// numeric cells at full precision.
import ExcelJS from 'exceljs';
import type { ExportTable } from './export-table';
import type { ExportProvenance } from './layer-geojson';

const SOURCES_HEADER = [
  'Capa',
  'Productor',
  'Versión o fecha de corte',
  'Licencia',
  'Archivo o fuente'
];

/** A column's width in characters, from its longest value (between 8 and 60; a loop, not a
 * spread: a large layer has more rows than a call takes arguments). */
function width(values: unknown[]): number {
  let w = 8;
  for (const v of values) if (v !== null) w = Math.max(w, String(v).length + 2);
  return Math.min(60, w);
}

function addSheet(wb: ExcelJS.Workbook, name: string, { header, rows }: ExportTable): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({ header: h, width: width([h, ...rows.map((r) => r[i])]) }));
  ws.getRow(1).font = { bold: true };
  ws.addRows(rows);
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(1, header.length) }
  };
}

/** `more`: further sheets (instructions…) after the data sheet, before «Fuentes». */
export async function xlsxWorkbook(
  sheet: { name: string; table: ExportTable },
  sources: ExportProvenance[],
  more: readonly { name: string; table: ExportTable }[] = []
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atlas DMEDP';
  for (const s of [sheet, ...more]) addSheet(wb, s.name, s.table);
  if (sources.length)
    addSheet(wb, 'Fuentes', {
      header: SOURCES_HEADER,
      rows: sources.map((s) => [s.title, s.producer, s.cutoff, s.license, s.source])
    });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
