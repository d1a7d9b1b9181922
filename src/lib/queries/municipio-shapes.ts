// Typed query: the bundled municipios whose bounding box meets a box, with their geometry (the
// memoria's district map figure).
import type { MultiPolygon, Polygon } from 'geojson';
import type { Box } from '$lib/map/district-map-box';
import type { Db } from '../duckdb/db';
import type { MunicipioShape } from '../export/memoria-figure-svgs';

type ShapeRow = {
  code: string;
  name: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  geometry: string;
};

export async function municipioShapes(db: Db, [w, s, e, n]: Box): Promise<MunicipioShape[]> {
  if (![w, s, e, n].every(Number.isFinite)) return [];
  const rows = await db.query<ShapeRow>(
    `SELECT code, name, min_lon, min_lat, max_lon, max_lat, geometry FROM municipios
     WHERE max_lon >= ${w} AND min_lon <= ${e} AND max_lat >= ${s} AND min_lat <= ${n}`
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    bbox: [Number(r.min_lon), Number(r.min_lat), Number(r.max_lon), Number(r.max_lat)],
    geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon
  }));
}
