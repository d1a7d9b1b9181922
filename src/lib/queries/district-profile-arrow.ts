// The rows of a district's profile read straight from the bundled Arrow files (no DuckDB), computed
// by facts/district-profile-of.ts like the DuckDB reader's: the district page shows them while the
// analysis engine loads.
import {
  CENSUS_YEAR,
  checkProfileCodes,
  districtProfileOf,
  type DistrictProfile,
  type ProfileRow
} from '../facts/district-profile-of';
import { arrowColumns } from './arrow-columns';

/** `read` gives the bytes of data/<file>. */
export async function districtProfileFromArrow(
  read: (file: string) => Promise<Uint8Array>,
  codes: string[]
): Promise<DistrictProfile> {
  checkProfileCodes(codes);
  const [municipios, poblacion, nbi, pdet, idf] = await Promise.all(
    ['municipios', 'poblacion', 'nbi', 'pdet', 'idf'].map((t) => read(`${t}.arrow`))
  );
  const wanted = new Set(codes);
  const people = arrowColumns(poblacion!, ['code', 'year', 'total']) as {
    code: string;
    year: number;
    total: number | null;
  }[];
  const byYear = new Map<number, number>();
  const total = new Map<string, number | null>();
  for (const r of people) {
    byYear.set(r.year, (byYear.get(r.year) ?? 0) + (wanted.has(r.code) ? (r.total ?? 0) : 0));
    if (wanted.has(r.code)) total.set(`${r.code}|${r.year}`, r.total);
  }
  const series = [...byYear]
    .map(([year, total]) => ({ year, total }))
    .sort((a, b) => a.year - b.year);
  const last = series.at(-1);
  if (!last) throw new Error('La tabla de población está vacía.');
  const nbiOf = byCode(arrowColumns(nbi!, ['code', 'total_nbi']), wanted);
  const pdetOf = byCode(arrowColumns(pdet!, ['code', 'subregion', 'subregion_code']), wanted);
  const idfOf = byCode(arrowColumns(idf!, ['code', 'category']), wanted);
  const cols = ['code', 'name', 'department', 'area_official_km2'];
  const rows: ProfileRow[] = arrowColumns(municipios!, cols)
    .filter((m) => wanted.has(m.code as string))
    .map((m) => {
      const code = m.code as string;
      return {
        code,
        name: m.name as string,
        department: m.department as string,
        areaKm2: m.area_official_km2 as number,
        population: total.get(`${code}|${last.year}`) ?? null,
        pop2018: total.get(`${code}|${CENSUS_YEAR}`) ?? null,
        nbi: (nbiOf.get(code)?.total_nbi as number | null | undefined) ?? null,
        pdetSubregion: (pdetOf.get(code)?.subregion as string | null | undefined) ?? null,
        pdetCode: (pdetOf.get(code)?.subregion_code as number | null | undefined) ?? null,
        idfCategory: (idfOf.get(code)?.category as string | null | undefined) ?? null
      };
    });
  return districtProfileOf(codes, series, rows);
}

function byCode(rows: Record<string, unknown>[], wanted: Set<string>) {
  return new Map(
    rows.filter((r) => wanted.has(r.code as string)).map((r) => [r.code as string, r])
  );
}
