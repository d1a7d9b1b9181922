// Resolves `--layer`: a bundled layer id (data/<table>.arrow), a GeoJSON file or a shapefile.
// Features become wire features keyed by `--key`; a missing key field is a clear error.
import type { Feature, Geometry } from 'geojson';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BUNDLED_LAYERS, isPolygonLayer, layerById } from '../lib/catalog/catalog';
import { readArrowRows } from '../lib/node/read-arrow-rows';
import { rowsToWire } from '../lib/node/rows-to-wire';
import type { WireFeature } from '../lib/geo/overlay-session';
import { CliError } from './cli-error';
import { TEAM_LAYER_PREFIX } from '../lib/domain/team-layer-ref';
import { teamLayers } from './team-layers';
import { teamNodeLayer } from './team-node-layer';
import { CrsMissingError } from '../lib/import/crs-missing-error';
import { ImportError, type InputFile } from '../lib/import/import-error';
import { importLayer } from '../lib/import/import-layer';
import type { ImportedLayer } from '../lib/import/imported-layer';
import { SUPPORTED_CRS, type SupportedCrs } from '../lib/import/supported-crs';
import { keyedFeatures } from '../lib/import/keyed-features';

export interface LoadedLayer {
  name: string;
  key: string;
  features: WireFeature[];
  warnings: string[];
}

const POLYGON_LAYERS = BUNDLED_LAYERS.filter(isPolygonLayer).map((l) => l.id);

const fieldList = (fields: Iterable<string>) => [...fields].join(', ') || '(ninguno)';

async function bundled(id: string, key: string | undefined, dataDir: string): Promise<LoadedLayer> {
  const layer = layerById(id);
  if (!layer || !isPolygonLayer(layer))
    throw new CliError(`La capa «${id}» no tiene geometrías que cruzar.`);
  const rows = await readArrowRows(dataDir, layer.table);
  const k = key ?? layer.keyField;
  if (rows.length > 0 && !(k in rows[0]!))
    throw new CliError(
      `La capa «${id}» no tiene el campo «${k}». Campos: ${fieldList(Object.keys(rows[0]!).filter((f) => f !== 'geometry'))}.`
    );
  const features = rowsToWire(rows, k);
  return { name: id, key: k, features, warnings: [] };
}

async function team(spec: string, key: string | undefined): Promise<LoadedLayer> {
  const [d] = await teamLayers([spec]);
  const { ref, rows } = d!;
  const layer = teamNodeLayer(d!); // refuses a table
  const k = key ?? d!.layer.key_field;
  const fields = Object.keys(rows[0] ?? {}).filter((f) => f !== 'geometry');
  if (rows.length && !fields.includes(k))
    throw new CliError(`La capa «${ref}» no tiene el campo «${k}». Campos: ${fieldList(fields)}.`);
  return { name: ref, key: k, features: key ? rowsToWire(rows, k) : layer.features, warnings: [] };
}

function keyed(
  path: string,
  features: Feature<Geometry | null>[],
  key: string | undefined
): LoadedLayer {
  const fields = new Set(features.flatMap((f) => Object.keys(f.properties ?? {})));
  if (!key)
    throw new CliError(`«${path}»: indique --key con uno de los campos: ${fieldList(fields)}.`);
  if (!fields.has(key))
    throw new CliError(`«${path}»: no existe el campo «${key}». Campos: ${fieldList(fields)}.`);
  const { features: out, warnings } = keyedFeatures(features, key);
  return { name: path, key, features: out, warnings };
}

/** The file, plus its shapefile siblings (same stem, any case) when it is a .shp. */
export async function inputFiles(path: string): Promise<InputFile[]> {
  const read = async (p: string) => ({ name: p, bytes: new Uint8Array(await readFile(p)) });
  if (!/\.shp$/i.test(path)) return [await read(path)];
  const stem = basename(path)
    .replace(/\.shp$/i, '')
    .toLowerCase();
  const dir = dirname(path);
  const siblings = (await readdir(dir)).filter(
    (n) => n.replace(/\.[^.]+$/, '').toLowerCase() === stem && n !== basename(path)
  );
  return [await read(path), ...(await Promise.all(siblings.map((n) => read(join(dir, n)))))];
}

/**
 * A layer file through the app's importers; their ImportError becomes the CLI's error. `crs` is
 * the system named with --crs for a shapefile without .prj.
 */
export async function loadFileLayer(path: string, crs?: SupportedCrs): Promise<ImportedLayer> {
  try {
    return await importLayer(await inputFiles(path), undefined, crs ? { crs } : {});
  } catch (e) {
    if (e instanceof CrsMissingError)
      throw new CliError(
        `${e.message} Use --crs con uno de: ${SUPPORTED_CRS.map((c) => `EPSG:${c.epsg}`).join(', ')}.`
      );
    if (e instanceof ImportError) throw new CliError(e.message);
    throw e;
  }
}

export async function loadLayer(
  spec: string,
  key: string | undefined,
  dataDir: string,
  crs?: SupportedCrs
): Promise<LoadedLayer> {
  if (layerById(spec)) return bundled(spec, key, dataDir);
  if (spec.startsWith(TEAM_LAYER_PREFIX)) return team(spec, key);
  const info = await stat(spec).catch(() => null);
  if (!info?.isFile())
    throw new CliError(
      `«${spec}» no es una capa incluida ni un archivo existente. Capas incluidas: ${fieldList(POLYGON_LAYERS)}.`
    );
  const layer = await loadFileLayer(spec, crs);
  const keyedLayer = keyed(spec, layer.features, key);
  keyedLayer.warnings.unshift(...layer.warnings);
  return keyedLayer;
}
