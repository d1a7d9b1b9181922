// A layer's attributes as CSV (UTF-8 with BOM): one row per feature, key and name first.
import type { Feature, Geometry } from 'geojson';
import { tableCsv } from './export-table';
import { layerTable, type TableMapping } from './layer-table';

export function layerTableCsv(features: Feature<Geometry | null>[], mapping: TableMapping): string {
  return tableCsv(layerTable(features, mapping));
}
