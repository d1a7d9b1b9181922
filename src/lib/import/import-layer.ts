// Entry point of every import, browser and command line alike: the files the user gave (a .zip,
// the loose parts of a shapefile, or a GeoJSON) → one layer in WGS84. Throws only ImportError.
import { CrsMissingError } from './crs-missing-error';
import { extensionOf, ImportError, type InputFile } from './import-error';
import type { ImportedLayer } from './imported-layer';
import { readGeojson } from './read-geojson';
import { readShapefile, type ImportProgress, type ShapefileOptions } from './read-shapefile';
import { unzipFiles } from './unzip-files';

const SHAPEFILE_PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg']);

export async function importLayer(
  given: InputFile[],
  onProgress?: ImportProgress,
  options: ShapefileOptions = {}
): Promise<ImportedLayer> {
  const label = given.map((f) => f.name).join(', ') || '(sin archivos)';
  try {
    const files = given.flatMap((f) => (extensionOf(f.name) === 'zip' ? unzipFiles(f) : [f]));
    const shps = files.filter((f) => extensionOf(f.name) === 'shp');
    if (shps.length > 1)
      throw new ImportError(
        label,
        `contiene varias capas (${shps.map((f) => f.name).join(', ')}); cargue una a la vez.`
      );
    if (shps.length === 1) {
      const stem = shps[0]!.name.replace(/\.shp$/i, '').toLowerCase();
      const parts = files.filter(
        (f) =>
          SHAPEFILE_PARTS.has(extensionOf(f.name)) &&
          f.name.replace(/\.[^.]+$/, '').toLowerCase() === stem
      );
      return await readShapefile(parts, onProgress, options);
    }
    const json = files.filter((f) => ['geojson', 'json'].includes(extensionOf(f.name)));
    if (json.length > 1)
      throw new ImportError(
        label,
        `contiene varios GeoJSON (${json.map((f) => f.name).join(', ')}); cargue uno a la vez.`
      );
    if (json.length === 1) return readGeojson(json[0]!);
    throw new ImportError(
      label,
      'formato no reconocido: use un shapefile (.zip o .shp, con su .dbf) o un GeoJSON.'
    );
  } catch (e) {
    // Inside a .zip, name the archive the user picked as well as the file in it.
    const zip = given.find((f) => extensionOf(f.name) === 'zip');
    if (e instanceof CrsMissingError && zip && e.file !== zip.name)
      throw new CrsMissingError(`${zip.name} › ${e.file}`);
    if (e instanceof ImportError && zip && e.file !== label && e.file !== zip.name)
      throw new ImportError(`${zip.name} › ${e.file}`, e.detail);
    if (e instanceof ImportError) throw e;
    // Anything a parser throws on a damaged file still reaches the user as an ImportError.
    throw new ImportError(
      label,
      `no se pudo leer (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`
    );
  }
}
