// Typed query: everything the public map's panel shows for one municipio.
import { DANE_CODE } from '../domain/dane-code';
import type { Db } from '../duckdb/db';

export interface MunicipioProfile {
  code: string;
  name: string;
  department: string;
  areaOfficialKm2: number;
  population: { year: number; total: number }[];
  nbi: {
    total: number | null;
    cabecera: number | null;
    rural: number | null;
    miseria: number | null;
  };
  pdet: { subregion: string; subregionCode: number } | null;
  idf: { category: string | null; score: number | null; range: string | null } | null;
}

export async function municipioProfile(db: Db, code: string): Promise<MunicipioProfile | null> {
  if (!DANE_CODE.test(code))
    throw new Error(`Código DANE inválido: «${code}» (se esperan 5 dígitos)`);
  const [m] = await db.query<{ name: string; department: string; area: number }>(
    `SELECT name, department, area_official_km2 AS area FROM municipios WHERE code = '${code}'`
  );
  if (!m) return null;
  const population = await db.query<{ year: number; total: number }>(
    `SELECT year, total FROM poblacion WHERE code = '${code}' ORDER BY year`
  );
  const [nbi] = await db.query<{ total: number; cabecera: number; rural: number; miseria: number }>(
    `SELECT total_nbi AS total, cabecera_nbi AS cabecera, rural_nbi AS rural, total_miseria AS miseria
     FROM nbi WHERE code = '${code}'`
  );
  const [pdet] = await db.query<{ subregion: string; subregionCode: number }>(
    `SELECT subregion, subregion_code AS subregionCode FROM pdet WHERE code = '${code}'`
  );
  const [idf] = await db.query<{ category: string; score: number; range: string }>(
    `SELECT category, idf AS score, range FROM idf WHERE code = '${code}'`
  );
  return {
    code,
    name: m.name,
    department: m.department,
    areaOfficialKm2: m.area,
    population,
    nbi: {
      total: nbi?.total ?? null,
      cabecera: nbi?.cabecera ?? null,
      rural: nbi?.rural ?? null,
      miseria: nbi?.miseria ?? null
    },
    pdet: pdet ?? null,
    idf: idf ?? null
  };
}
