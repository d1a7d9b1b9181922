// A layer's attributes as an XLSX workbook: one row per feature, key and name first, numbers as
// numeric cells, and a «Fuentes» sheet with the layer's provenance.
import type { Feature, Geometry } from 'geojson';
import type { ExportProvenance } from './layer-geojson';
import { layerTable, type TableMapping } from './layer-table';
import { xlsxWorkbook } from './xlsx-workbook';

export function layerTableXlsx(
  features: Feature<Geometry | null>[],
  mapping: TableMapping,
  provenance: ExportProvenance
): Promise<Uint8Array> {
  return xlsxWorkbook({ name: 'Atributos', table: layerTable(features, mapping) }, [provenance]);
}
