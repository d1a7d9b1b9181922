// Typed query: the indicators the anexo 2 reads beyond the district profile — the NBI components
// (DANE, CNPV 2018) weighted by the 2018 population like the NBI itself, and each municipio's
// fiscal performance score and range (DNP, IDF 2023).
import type { IndicatorFacts } from '../domain/anexo2-facts';
import { DANE_CODE } from '../domain/dane-code';
import type { Db } from '../duckdb/db';

/** Bundled NBI columns (scripts/data/build-tables.ts) and their Spanish labels. */
const COMPONENTS: [column: string, label: string][] = [
  ['total_miseria', 'miseria'],
  ['total_vivienda', 'vivienda inadecuada'],
  ['total_servicios', 'servicios inadecuados'],
  ['total_hacinamiento', 'hacinamiento crítico'],
  ['total_inasistencia', 'inasistencia escolar'],
  ['total_dependencia_economica', 'alta dependencia económica']
];

export async function districtIndicators(db: Db, codes: string[]): Promise<IndicatorFacts> {
  const bad = codes.filter((c) => !DANE_CODE.test(c));
  if (bad.length)
    throw new Error(`Códigos DANE inválidos (se esperan 5 dígitos): ${bad.join(', ')}`);
  const list = [...new Set(codes)].map((c) => `'${c}'`).join(', ') || "''";
  // Weighted over the municipios with both the component and the 2018 population.
  const weighted = COMPONENTS.map(
    ([col], i) =>
      `sum(n.${col} * p.total) / nullif(sum(CASE WHEN n.${col} IS NULL THEN NULL ELSE p.total END), 0) AS c${i}`
  ).join(', ');
  const [row] = await db.query<Record<string, number | null>>(
    `SELECT ${weighted} FROM nbi n JOIN poblacion p ON p.code = n.code AND p.year = 2018
     WHERE n.code IN (${list})`
  );
  const idf = await db.query<{ code: string; score: number | null; range: string | null }>(
    `SELECT code, idf AS score, range FROM idf WHERE code IN (${list}) ORDER BY code`
  );
  return {
    nbiComponents: COMPONENTS.map(([, label], i) => ({
      label,
      weightedPct: row?.[`c${i}`] ?? null
    })),
    idf
  };
}
