// Typed query: the rows of a district's profile from the DuckDB tables, computed by
// facts/district-profile-of.ts (the same computation the Arrow reader feeds).
import type { Db } from '../duckdb/db';
import {
  CENSUS_YEAR,
  checkProfileCodes,
  districtProfileOf,
  type DistrictProfile,
  type ProfileRow
} from '../facts/district-profile-of';

export type { DistrictMunicipio, DistrictProfile } from '../facts/district-profile-of';

export async function districtProfile(db: Db, codes: string[]): Promise<DistrictProfile> {
  checkProfileCodes(codes);
  const list = [...new Set(codes)].map((c) => `'${c}'`).join(', '); // only 5-digit codes reach SQL
  const series = await db.query<{ year: number; total: number }>(
    `SELECT y.year, coalesce(sum(p.total), 0)::BIGINT AS total
     FROM (SELECT DISTINCT year FROM poblacion) y
     LEFT JOIN poblacion p ON p.year = y.year AND p.code IN (${list})
     GROUP BY y.year ORDER BY y.year`
  );
  const last = series.at(-1);
  if (!last) throw new Error('La tabla de población está vacía.');
  const rows = await db.query<ProfileRow>(
    `SELECT m.code, m.name, m.department, m.area_official_km2 AS areaKm2,
       p.total AS population, c.total AS pop2018, n.total_nbi AS nbi,
       d.subregion AS pdetSubregion, d.subregion_code AS pdetCode, i.category AS idfCategory
     FROM municipios m
     LEFT JOIN poblacion p ON p.code = m.code AND p.year = ${last.year}
     LEFT JOIN poblacion c ON c.code = m.code AND c.year = ${CENSUS_YEAR}
     LEFT JOIN nbi n ON n.code = m.code
     LEFT JOIN pdet d ON d.code = m.code
     LEFT JOIN idf i ON i.code = m.code
     WHERE m.code IN (${list})`
  );
  return districtProfileOf(codes, series, rows);
}
