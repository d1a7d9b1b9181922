// The one computation of a district's profile (area, population, NBI, PDET, IDF) from the rows of
// its municipios and the district's population per year, whichever reader produced them: DuckDB
// (queries/district-profile.ts) or the bundled Arrow files read directly (queries/district-profile-arrow.ts).
import { DANE_CODE } from '../domain/dane-code';

/** CNPV 2018: the year of the NBI figures and the base of the population change. */
export const CENSUS_YEAR = 2018;

export interface DistrictMunicipio {
  code: string;
  name: string;
  department: string;
  /** Official area, km² (DANE MGN 2018 `MPIO_NAREA`). */
  areaKm2: number;
  /** Inhabitants in `DistrictProfile.population.latestYear` (DANE projection). */
  population: number | null;
  /** NBI CNPV 2018, % of people with unmet basic needs (`total_nbi`). */
  nbi: number | null;
  pdetSubregion: string | null;
  /** DNP IDF 2023 category under Ley 617 de 2000, as stored: "E", "1"…"6". */
  idfCategory: string | null;
}

export interface DistrictProfile {
  /** Known municipios, ordered by department then name (accents ignored). */
  municipios: DistrictMunicipio[];
  /** Sum of the official areas, km². */
  areaKm2: number;
  /** DANE municipal projections after the CNPV 2018 (2012–2024), inhabitants. */
  population: {
    latestYear: number;
    latest: number;
    /** District sum per year, every year of the projections. */
    series: { year: number; total: number }[];
    /** (latest − 2018) / 2018 × 100, %; null when the district had nobody in 2018. */
    changePct: number | null;
    changeFrom: 2018;
  };
  nbi: {
    /** Σ(total_nbi × population 2018) / Σ population 2018, %; null when nothing to weigh. */
    weightedPct: number | null;
    year: 2018;
    /** Known codes left out of the average: no NBI row or no 2018 population. */
    missing: string[];
  };
  pdet: {
    municipios: number;
    /** PDET municipios / known municipios, 0–1 (0 for a district without known municipios). */
    share: number;
    /** PDET area / district area, 0–1 (0 when the area is 0). */
    areaShare: number;
    /** Ordered by name; municipio codes ordered as `municipios`. */
    subregions: { name: string; code: number; municipios: string[] }[];
  };
  idf: {
    /** Counts per category, "E" first then "1"…"6". */
    categories: { category: string; count: number }[];
    /** Known codes with no IDF category (DNP omits San Andrés and the non-municipalized areas). */
    missing: string[];
  };
  /** Well-formed codes that are not municipios of the MGN 2018, in the order given. */
  unknown: string[];
}

/** One known municipio of the district, joined across the tables (population of the latest year). */
// A type alias (not an interface) so it satisfies Db.query's Record<string, unknown> bound.
export type ProfileRow = {
  code: string;
  name: string;
  department: string;
  areaKm2: number;
  population: number | null;
  pop2018: number | null;
  nbi: number | null;
  pdetSubregion: string | null;
  pdetCode: number | null;
  idfCategory: string | null;
};

/** What a reader needs before it reads: 5-digit codes, at least one (they may reach SQL). */
export function checkProfileCodes(codes: readonly string[]): void {
  const bad = codes.filter((c) => typeof c !== 'string' || !DANE_CODE.test(c));
  if (bad.length)
    throw new Error(
      `Códigos DANE inválidos (se esperan 5 dígitos): ${bad.map((c) => `«${c}»`).join(', ')}`
    );
  if (codes.length === 0) throw new Error('El distrito necesita al menos un municipio.');
}

/** `series`: the district's population per year, every year of the projections, ascending. */
export function districtProfileOf(
  codes: readonly string[],
  series: { year: number; total: number }[],
  rows: readonly ProfileRow[]
): DistrictProfile {
  const last = series.at(-1);
  if (!last) throw new Error('La tabla de población está vacía.');
  const ordered = [...rows].sort(byDepartmentThenName);
  const known = new Set(ordered.map((r) => r.code));
  const base = series.find((s) => s.year === CENSUS_YEAR)?.total ?? 0;
  const areaKm2 = sum(ordered.map((r) => r.areaKm2));
  const pdetRows = ordered.filter((r) => r.pdetSubregion !== null);
  return {
    municipios: ordered.map((r) => ({
      code: r.code,
      name: r.name,
      department: r.department,
      areaKm2: r.areaKm2,
      population: r.population,
      nbi: r.nbi,
      pdetSubregion: r.pdetSubregion,
      idfCategory: r.idfCategory
    })),
    areaKm2,
    population: {
      latestYear: last.year,
      latest: last.total,
      series,
      changePct: base > 0 ? ((last.total - base) / base) * 100 : null,
      changeFrom: CENSUS_YEAR
    },
    nbi: weightedNbi(ordered),
    pdet: {
      municipios: pdetRows.length,
      share: ordered.length ? pdetRows.length / ordered.length : 0,
      areaShare: areaKm2 > 0 ? sum(pdetRows.map((r) => r.areaKm2)) / areaKm2 : 0,
      subregions: subregions(pdetRows)
    },
    idf: idfCategories(ordered),
    unknown: [...new Set(codes)].filter((c) => !known.has(c))
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// Accents ignored, otherwise by code point (DuckDB's `COLLATE noaccent`), then by code.
const noAccent = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function byDepartmentThenName(a: ProfileRow, b: ProfileRow): number {
  return (
    cmp(noAccent(a.department), noAccent(b.department)) ||
    cmp(noAccent(a.name), noAccent(b.name)) ||
    cmp(a.code, b.code)
  );
}

function weightedNbi(rows: ProfileRow[]): DistrictProfile['nbi'] {
  let num = 0;
  let den = 0;
  const missing: string[] = [];
  for (const r of rows) {
    if (r.nbi === null || r.pop2018 === null) missing.push(r.code);
    else {
      num += r.nbi * r.pop2018;
      den += r.pop2018;
    }
  }
  return { weightedPct: den > 0 ? num / den : null, year: CENSUS_YEAR, missing };
}

function subregions(pdetRows: ProfileRow[]): DistrictProfile['pdet']['subregions'] {
  const byName = new Map<string, { name: string; code: number; municipios: string[] }>();
  for (const r of pdetRows) {
    const name = r.pdetSubregion!;
    const s = byName.get(name) ?? { name, code: r.pdetCode!, municipios: [] };
    s.municipios.push(r.code);
    byName.set(name, s);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'es'));
}

function idfCategories(rows: ProfileRow[]): DistrictProfile['idf'] {
  const counts = new Map<string, number>();
  const missing: string[] = [];
  for (const r of rows) {
    if (r.idfCategory === null || r.idfCategory === '') missing.push(r.code);
    else counts.set(r.idfCategory, (counts.get(r.idfCategory) ?? 0) + 1);
  }
  const rank = (c: string) => (c === 'E' ? '' : c); // Especial before 1…6
  const categories = [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => rank(a.category).localeCompare(rank(b.category)));
  return { categories, missing };
}
