// A GeoJSON file (FeatureCollection or Feature) as overlay features keyed by one property.
import type { Feature, FeatureCollection } from 'geojson';
import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

export async function readGeojsonLayer(path: string): Promise<Feature[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new CliError(
      `«${path}»: no es un GeoJSON legible (JSON mal formado${at ? ` cerca del carácter ${at}` : ''}).`
    );
  }
  const doc = parsed as { type?: unknown; features?: unknown } | null;
  if (doc?.type === 'Feature') return [doc as Feature];
  if (doc?.type === 'FeatureCollection' && Array.isArray(doc.features))
    return (doc as FeatureCollection).features;
  throw new CliError(`«${path}»: se esperaba un FeatureCollection o un Feature de GeoJSON.`);
}
