// `atlas import`: reads a layer file with the app's importers (CRS identified and reprojected,
// encoding decoded, schema recognised) and reports it; with --salida writes it as GeoJSON (WGS84).
import { writeFile } from 'node:fs/promises';
import { layerGeojson } from '../../lib/export/layer-geojson';
import { matchPreset } from '../../lib/import/layer-presets';
import type { FeatureCollection } from 'geojson';
import { loadFileLayer } from '../load-layer';
import type { SupportedCrs } from '../../lib/import/supported-crs';
import { formatTable } from '../format-table';

export interface ImportSummary {
  file: string;
  features: number;
  crs: string;
  fields: string[];
  preset: string | null;
  written: string | null;
  warnings: string[];
}

export async function importCommand(
  path: string,
  out: string | undefined,
  crs?: SupportedCrs
): Promise<{ output: ImportSummary; table: string }> {
  const layer = await loadFileLayer(path, crs);
  const preset = matchPreset(layer.fields);
  if (out) {
    const data = { type: 'FeatureCollection', features: layer.features } as FeatureCollection;
    const meta = {
      title: layer.name,
      producer: preset?.producer ?? '',
      cutoff: '',
      license: '',
      source: path
    };
    await writeFile(out, layerGeojson(data, meta));
  }
  const output: ImportSummary = {
    file: path,
    features: layer.features.length,
    crs: `EPSG:${layer.crs.epsg} (${layer.crs.name})`,
    fields: layer.fields,
    preset: preset?.title ?? null,
    written: out ?? null,
    warnings: layer.warnings
  };
  const table = formatTable(
    ['Archivo', 'Elementos', 'Sistema de coordenadas', 'Esquema reconocido'],
    [[path, String(output.features), output.crs, output.preset ?? '—']]
  );
  return {
    output,
    table: `${table}\nCampos: ${layer.fields.join(', ')}${out ? `\nEscrito: ${out}` : ''}`
  };
}
