// A layer's attributes as a table: one row per feature, first its key (the «elemento» of the
// overlap table, so both join) and name, then every attribute in the order the file had them.
import type { Feature, Geometry } from 'geojson';
import { keyedFeatures } from '../import/keyed-features';
import type { Cell, ExportTable } from './export-table';

export interface TableMapping {
  keyField: string;
  nameField: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An attribute as a cell; dBASE dates (local midnight) as YYYY-MM-DD, nested values as JSON. */
function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date)
    return Number.isNaN(v.getTime())
      ? null
      : `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  return JSON.stringify(v);
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
