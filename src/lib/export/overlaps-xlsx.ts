// Overlay pairs as an XLSX workbook: the same columns as the CSV, numbers as numeric cells, and a
// «Fuentes» sheet with the provenance of each layer.
import type { ExportProvenance } from './layer-geojson';
import { overlapTable, type OverlapRow } from './overlap-table';
import { xlsxWorkbook } from './xlsx-workbook';

export function overlapsXlsx(rows: OverlapRow[], sources: ExportProvenance[]): Promise<Uint8Array> {
  return xlsxWorkbook({ name: 'Traslapes', table: overlapTable(rows) }, sources);
}
