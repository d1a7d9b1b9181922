// A layer's attributes as a table: one row per feature, first its key (the «elemento» of the
// overlap table, so both join) and name, then every attribute in the order the file had them.
import type { Feature, Geometry } from 'geojson';
import { keyedFeatures } from '../import/keyed-features';
import { attributeCell as cell } from './attribute-cell';
import type { ExportTable } from './export-table';

export interface TableMapping {
  keyField: string;
  nameField: string;
}

/** A title not taken by an attribute (case-insensitive): «elemento», else «elemento_1»… */
function free(title: string, taken: Set<string>): string {
  let t = title;
  for (let n = 1; taken.has(t.toUpperCase()); n++) t = `${title}_${n}`;
  taken.add(t.toUpperCase());
  return t;
}

export function layerTable(
  features: Feature<Geometry | null>[],
  mapping: TableMapping
): ExportTable {
  const fields = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const attributes = features.map((f) => fields.map((k) => cell(f.properties?.[k])));
  const taken = new Set(fields.map((f) => f.toUpperCase()));
  const keys = keyedFeatures(features, mapping.keyField).features;
  return {
    header: [free('elemento', taken), free('nombre_elemento', taken), ...fields],
    rows: attributes.map((row, i) => [
      keys[i]!.id,
      cell(features[i]!.properties?.[mapping.nameField]),
      ...row
    ])
  };
}
