// Overlay pairs as CSV for spreadsheets: one row per (municipio, layer, feature).
import { tableCsv } from './export-table';
import { overlapTable, type OverlapRow } from './overlap-table';

export type { OverlapRow };

export function overlapsCsv(rows: OverlapRow[]): string {
  return tableCsv(overlapTable(rows));
}
