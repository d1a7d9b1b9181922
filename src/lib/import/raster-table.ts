// A GeoTIFF as a table keyed by DANE code: zonal statistics of its first band over the prepared
// municipios. Integer rasters with few values are read as classes (share of each class in the
// municipio's area with data); others as a continuous field (area-weighted mean, min, max).
import type { OverlaySession } from '../geo/overlay-session';
import { rasterClasses } from '../geo/raster-classes';
import { ImportError, type InputFile } from './import-error';
import { readGeotiff } from './read-geotiff';
import type { ImportedTable } from './read-table';

export const RASTER_KEY = 'Código DANE';
const AREA = 'Área con dato (ha)';
const PIXELS = 'Píxeles';

/** Plain decimal text (no exponent), trailing zeros dropped. */
const decimal = (v: number, digits: number) =>
  v
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');

export async function rasterTable(
  session: OverlaySession,
  municipios: string,
  file: InputFile
): Promise<ImportedTable> {
  const grid = await readGeotiff(file);
  const classes = rasterClasses(grid);
  const results = session.zonal(municipios, grid, classes !== null).filter((r) => r.pixels > 0);
  if (!results.length)
    throw new ImportError(
      file.name,
      'el ráster no cubre ningún municipio con datos (¿está fuera de Colombia o todo es «sin dato»?).'
    );
  const classColumns = (classes ?? []).map((c) => `Clase ${c} (%)`);
  const stats = classes ? classColumns : ['Media', 'Mínimo', 'Máximo'];
  const columns = [RASTER_KEY, AREA, PIXELS, ...stats];
  const rows = new Map<string, Record<string, string>>();
  for (const r of results) {
    const row: Record<string, string> = {
      [RASTER_KEY]: r.code,
      [AREA]: decimal(r.area_ha, 2),
      [PIXELS]: String(r.pixels)
    };
    if (classes)
      classes.forEach((c, i) => (row[classColumns[i]!] = decimal(r.shares?.[String(c)] ?? 0, 4)));
    else {
      row.Media = decimal(r.mean!, 6);
      row['Mínimo'] = decimal(r.min!, 6);
      row['Máximo'] = decimal(r.max!, 6);
    }
    rows.set(r.code, row);
  }
  const crs = grid.projection ? `EPSG:${grid.projection.epsg}` : 'grados (EPSG:4326/4686)';
  const kind = classes
    ? `categórico (${classes.length === 1 ? '1 clase' : `${classes.length} clases`}: ${classes.join(', ')}): participación de cada clase en el área con dato`
    : 'continuo: media, mínimo y máximo ponderados por el área real de cada píxel';
  return {
    name: file.name,
    keyColumn: RASTER_KEY,
    columns,
    rows,
    numeric: columns.slice(1),
    warnings: [
      `${file.name}: ráster de ${grid.width} × ${grid.height} píxeles en ${crs}; se leyó como ${kind}. Un píxel cuenta en el municipio que contiene su centro.`,
      ...grid.warnings
    ]
  };
}
