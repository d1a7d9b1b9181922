// Typed query: the land-cover transition per municipio (data/transicion_cobertura_caqueta.arrow,
// zonal statistics of a bundled raster) for the given municipios; only Caquetá's are in it.
import type { Db, Row } from '../duckdb/db';
import { LAND_COVER_CHANGE } from '../catalog/regional-rasters';
import { codeList } from './code-list';

export async function landCoverChange(db: Db, codes: string[]): Promise<Row[]> {
  const list = codeList(codes);
  if (!list) return [];
  return db.query(`SELECT * FROM ${LAND_COVER_CHANGE} WHERE code IN (${list}) ORDER BY code`);
}
