// An upload for the team library → the version's Arrow IPC bytes, through the app's own readers:
// importLayer (shapefile .zip or parts, GeoJSON; reprojected to WGS84) for the other kinds,
// readTable/readWorkbook (CSV, TSV, XLSX by DANE code) and the raster summary per municipio
// (GeoTIFF, through the caller's `raster`) for tables. Polygon, point and line layers keep their
// attributes (typed) plus `geometry` GeoJSON text and bbox columns, like the bundled layers
// (geometry-version.ts: polygons repaired, points and lines stored as they are);
// tables keep `code` plus their columns. Bad input throws the reader's ImportError.
import type { TeamLayerKind, TeamLayerRepair } from '../domain/model/team-layer';
import { arrowIpc, type Column } from '../export/arrow-ipc';
import type { GeosRuntime } from '../geo/geos-runtime';
import { extensionOf, ImportError, type InputFile } from '../import/import-error';
import { importLayer } from '../import/import-layer';
import { readTable, type ImportedTable } from '../import/read-table';
import { readWorkbook } from '../import/read-workbook';
import type { ShapefileOptions } from '../import/read-shapefile';
import { geometryVersion } from './geometry-version';
import { sha256Hex } from './sha256-hex';

export interface NormaliseOptions extends ShapefileOptions {
  kind: TeamLayerKind;
  /** The key field; layers default to their known schema's (layer-presets.ts). */
  keyField?: string;
  /** DANE codes of the MGN, to report unknown codes in tables. */
  known: ReadonlySet<string>;
  /** GEOS, to repair invalid polygons. */
  geos: () => Promise<GeosRuntime>;
  /** A GeoTIFF summarised per municipio (import/raster-table.ts over the MGN municipios). */
  raster?: (file: InputFile) => Promise<ImportedTable>;
}

export interface NormalisedTeamLayer {
  data: Uint8Array;
  feature_count: number;
  key_field: string;
  /** The known schema's title, else the file name without extension. */
  title: string;
  file_name: string;
  sha256: string;
  repairs: TeamLayerRepair[];
  warnings: string[];
}

const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'xlsx', 'tif', 'tiff']);
const fileLabel = (files: readonly InputFile[]) => files.map((f) => f.name).join(', ');
const stem = (name: string) => (name.split(/[/\\]/).pop() ?? name).replace(/\.[^.]+$/, '');

async function table(file: InputFile, o: NormaliseOptions): Promise<ImportedTable> {
  const ext = extensionOf(file.name);
  if (ext === 'tif' || ext === 'tiff') {
    if (!o.raster) throw new ImportError(file.name, 'aquí no se pueden resumir rásteres.');
    return o.raster(file);
  }
  if (ext === 'xlsx') return readWorkbook(file, o.known);
  return readTable(file, o.known, o.keyField);
}

async function tableVersion(files: InputFile[], o: NormaliseOptions) {
  const [file] = files;
  if (files.length !== 1 || !file || !TABLE_EXTENSIONS.has(extensionOf(file.name)))
    throw new ImportError(
      fileLabel(files) || '(sin archivos)',
      'una capa de tipo tabla se sube como un archivo CSV, TSV o XLSX con el código DANE, o como un ráster GeoTIFF (se guarda su resumen por municipio).'
    );
  const t = await table(file, o);
  const rows = [...t.rows.entries()];
  const columns: Record<string, Column> = { code: { type: 'utf8', values: rows.map(([c]) => c) } };
  for (const c of t.columns.filter((c) => c !== t.keyColumn)) {
    const name = c === 'code' ? 'code_atributo' : c;
    const cells = rows.map(([, r]) => r[c]?.trim() || null);
    columns[name] = t.numeric.includes(c)
      ? { type: 'f64', values: cells.map((v) => (v === null ? null : Number(v))) }
      : { type: 'utf8', values: cells };
  }
  return {
    data: arrowIpc(columns),
    feature_count: rows.length,
    key_field: t.keyColumn,
    title: stem(file.name),
    repairs: [],
    warnings: t.warnings
  };
}

async function layerVersion(files: InputFile[], o: NormaliseOptions) {
  const crs = o.crs ? { crs: o.crs } : {};
  const layer = await importLayer(files, undefined, crs);
  const { title, ...v } = geometryVersion(layer, await o.geos(), o.keyField);
  return { ...v, title: title ?? stem(layer.name) };
}

export async function normaliseTeamLayer(
  files: InputFile[],
  o: NormaliseOptions
): Promise<NormalisedTeamLayer> {
  const v = o.kind === 'tabla' ? await tableVersion(files, o) : await layerVersion(files, o);
  return { ...v, file_name: fileLabel(files), sha256: await sha256Hex(files) };
}
