// Downloads a table of cells as CSV (UTF-8 with BOM) or XLSX; the export modules load on demand.
import type { ExportTable } from '$lib/export/export-table';
import type { ExportProvenance } from '$lib/export/layer-geojson';
import { download, XLSX_TYPE } from './download';

export async function downloadCells(
  format: 'csv' | 'xlsx',
  stem: string,
  table: ExportTable,
  xlsx: { sheet: string; sources: ExportProvenance[]; sql?: string }
): Promise<void> {
  if (format === 'csv') {
    const { tableCsv } = await import('$lib/export/export-table');
    download(`${stem}.csv`, tableCsv(table), 'text/csv;charset=utf-8');
  } else {
    const { cellsXlsx } = await import('$lib/export/cells-xlsx');
    download(`${stem}.xlsx`, await cellsXlsx(xlsx.sheet, table, xlsx.sources, xlsx.sql), XLSX_TYPE);
  }
}
