// A re-screen's change list as an XLSX workbook (layer-changes-table.ts), with a «Fuentes» sheet
// naming the two versions compared.
import type { CambiosOutput } from '../domain/model/layer-rescreen';
import type { ExportProvenance } from './layer-geojson';
import { layerChangesTable } from './layer-changes-table';
import { xlsxWorkbook } from './xlsx-workbook';

export const CHANGES_SHEET = 'Cambios';

export function layerChangesXlsx(
  output: CambiosOutput,
  sources: ExportProvenance[]
): Promise<Uint8Array> {
  return xlsxWorkbook({ name: CHANGES_SHEET, table: layerChangesTable(output) }, sources);
}
