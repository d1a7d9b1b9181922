// Resolves `--layer`: a bundled layer id (data/<table>.arrow), a GeoJSON file or a shapefile.
// Features become wire features keyed by `--key`; a missing key field is a clear error.
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import { stat } from 'node:fs/promises';
import { BUNDLED_LAYERS, layerById } from '../lib/data/catalog';
import { readArrowRows } from '../lib/data/node/read-arrow-rows';
import type { WireFeature } from '../lib/geo/overlay-session';
import { CliError } from './cli-error';
import { readGeojsonLayer } from './read-geojson-layer';
import { readShapefileLayer } from './read-shapefile-layer';

export interface LoadedLayer {
  name: string;
  key: string;
  features: WireFeature[];
  warnings: string[];
}

const POLYGON_LAYERS = BUNDLED_LAYERS.filter((l) => l.geometryType).map((l) => l.id);

const fieldList = (fields: Iterable<string>) => [...fields].join(', ') || '(ninguno)';

async function bundled(id: string, key: string | undefined, dataDir: string): Promise<LoadedLayer> {
  const layer = layerById(id);
  if (!layer?.geometryType) throw new CliError(`La capa «${id}» no tiene geometrías que cruzar.`);
  const rows = await readArrowRows(dataDir, layer.table);
  const k = key ?? layer.keyField;
  if (rows.length > 0 && !(k in rows[0]!))
    throw new CliError(
      `La capa «${id}» no tiene el campo «${k}». Campos: ${fieldList(Object.keys(rows[0]!).filter((f) => f !== 'geometry'))}.`
    );
  const features = rows.map((r) => ({ id: String(r[k]), geometry: r.geometry as string }));
  return { name: id, key: k, features, warnings: [] };
}

function keyed(path: string, features: Feature[], key: string | undefined): LoadedLayer {
  const fields = new Set(features.flatMap((f) => Object.keys(f.properties ?? {})));
  if (!key)
    throw new CliError(`«${path}»: indique --key con uno de los campos: ${fieldList(fields)}.`);
  if (!fields.has(key))
    throw new CliError(`«${path}»: no existe el campo «${key}». Campos: ${fieldList(fields)}.`);
  const warnings: string[] = [];
  const out: WireFeature[] = features.map((f, i) => {
    const value: unknown = f.properties?.[key];
    if (value === null || value === undefined || value === '') {
      warnings.push(`Elemento ${i + 1} sin valor en «${key}»; se identifica como «#${i + 1}».`);
      return { id: `#${i + 1}`, geometry: f.geometry as WireFeature['geometry'] };
    }
    return { id: String(value), geometry: f.geometry as WireFeature['geometry'] };
  });
  const boxes = features.filter((f) => f.geometry).map((f) => bbox(f));
  const outside = boxes.some(
    (b) =>
      b.some((v) => !Number.isFinite(v) || Math.abs(v) > 180) ||
      Math.abs(b[1]!) > 90 ||
      Math.abs(b[3]!) > 90
  );
  if (outside)
    throw new CliError(
      `«${path}»: las coordenadas no están en grados (¿capa proyectada?). Use EPSG:4326 o 4686.`
    );
  return { name: path, key, features: out, warnings };
}

export async function loadLayer(
  spec: string,
  key: string | undefined,
  dataDir: string
): Promise<LoadedLayer> {
  if (layerById(spec)) return bundled(spec, key, dataDir);
  const info = await stat(spec).catch(() => null);
  if (!info?.isFile())
    throw new CliError(
      `«${spec}» no es una capa incluida ni un archivo existente. Capas incluidas: ${fieldList(POLYGON_LAYERS)}.`
    );
  if (/\.(geo)?json$/i.test(spec)) return keyed(spec, await readGeojsonLayer(spec), key);
  if (/\.shp$/i.test(spec)) return keyed(spec, await readShapefileLayer(spec), key);
  throw new CliError(`«${spec}»: formato no reconocido; use .geojson, .json o .shp.`);
}
