// The bundled land-cover transition table as the anexo 2 reads a raster summarised per municipio:
// area with data and each class's share of it, with the class names. No rows, no raster.
import { layerById } from '../catalog/catalog';
import { LAND_COVER_CHANGE, LAND_COVER_CLASSES } from '../catalog/regional-rasters';
import type { RasterFacts } from '../domain/anexo2-facts';

const AREA = 'Área con dato (ha)';
const classColumn = (code: number) => `Clase ${code} (%)`;

export function landCoverRaster(rows: readonly Record<string, unknown>[]): RasterFacts[] {
  if (!rows.length) return [];
  const columns = [AREA, ...LAND_COVER_CLASSES.map((c) => classColumn(c.code))];
  const table = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const area = Number(r.area_ha) || 0;
    const row: Record<string, string> = { [AREA]: String(area) };
    for (const c of LAND_COVER_CLASSES)
      row[classColumn(c.code)] = String(area > 0 ? (100 * (Number(r[c.column]) || 0)) / area : 0);
    table.set(String(r.code), row);
  }
  return [
    {
      title: layerById(LAND_COVER_CHANGE)?.title ?? LAND_COVER_CHANGE,
      columns,
      rows: table,
      aspect: 'bioculturales',
      classNames: Object.fromEntries(LAND_COVER_CLASSES.map((c) => [String(c.code), c.name]))
    }
  ];
}
