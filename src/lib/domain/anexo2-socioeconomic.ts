// Anexo 2, «Situación socioeconómica de la población» (DNP): area, population and its trend, NBI
// and its components, PDET and fiscal performance, each figure with its source and year.
import type { DistrictFacts } from './anexo2-facts';
import { esChange, esList, esNumber, esPct, titleCase } from './anexo2-format';

/** Short source labels of the bundled tables the profile is computed from (catalog.ts). */
const SOURCE = {
  area: 'DANE, MGN 2018',
  population: 'DANE, proyecciones post-CNPV 2018',
  nbi: 'DANE, CNPV 2018',
  pdet: 'UARIV IRV 2022 con subregión ART',
  idf: 'DNP, desempeño fiscal, vigencia 2023'
};

const NOT_IN_PLATFORM = [
  'No hay datos de IPM (índice de pobreza multidimensional) por municipio en la plataforma.',
  'No hay estructura de la población por edad y sexo, natalidad, mortalidad ni migración: solo la población total proyectada.',
  'No hay datos de empleo, ingreso per cápita ni actividades económicas.',
  'No hay datos de salud, educación, género ni conflicto armado (más allá de la condición PDET).'
];

export function socioeconomicText(facts: DistrictFacts): { aspecto: string; missing: string[] } {
  const { profile: p, indicators } = facts;
  const name = new Map(p.municipios.map((m) => [m.code, titleCase(m.name)]));
  const names = (codes: string[]) => esList(codes.map((c) => name.get(c) ?? c));
  const n = p.municipios.length;
  const parts = [
    `Área oficial: ${esNumber(p.areaKm2, 2)} km² en ${esNumber(n)} ${n === 1 ? 'municipio' : 'municipios'} (${SOURCE.area}).`
  ];
  const change =
    p.population.changePct === null
      ? `sin población en ${p.population.changeFrom} para comparar`
      : `${esChange(p.population.changePct)} desde ${p.population.changeFrom}`;
  parts.push(
    `Población proyectada ${p.population.latestYear}: ${esNumber(p.population.latest)} habitantes (${SOURCE.population}), ${change}.`
  );
  const withNbi = p.municipios.filter((m) => m.nbi !== null).sort((a, b) => a.nbi! - b.nbi!);
  if (p.nbi.weightedPct !== null) {
    const low = withNbi[0]!;
    const high = withNbi.at(-1)!;
    const range =
      withNbi.length > 1
        ? `; por municipio, de ${esPct(low.nbi!)} (${name.get(low.code)}) a ${esPct(high.nbi!)} (${name.get(high.code)})`
        : '';
    parts.push(`NBI ponderado por población ${esPct(p.nbi.weightedPct)} (${SOURCE.nbi})${range}.`);
  }
  const components = (indicators?.nbiComponents ?? []).filter((c) => c.weightedPct !== null);
  if (components.length)
    parts.push(
      `Componentes del NBI ponderados por población (${SOURCE.nbi}): ${esList(components.map((c) => `${c.label} ${esPct(c.weightedPct!)}`))}.`
    );
  const pdet = p.pdet.subregions.map((s) => s.name).join('; ');
  parts.push(
    p.pdet.municipios
      ? `${esNumber(p.pdet.municipios)} de ${esNumber(n)} municipios PDET (${pdet}; ${SOURCE.pdet}): ${names(p.pdet.subregions.flatMap((s) => s.municipios))}, ${esPct(100 * p.pdet.areaShare)} del área.`
      : `Ninguno de los ${esNumber(n)} municipios es PDET (${SOURCE.pdet}).`
  );
  parts.push(...fiscal(facts, name));
  const missing = [...NOT_IN_PLATFORM];
  if (p.nbi.missing.length)
    missing.push(`Sin NBI o sin población 2018 (fuera del promedio): ${names(p.nbi.missing)}.`);
  if (p.idf.missing.length)
    missing.push(`Sin categoría IDF 2023 del DNP: ${names(p.idf.missing)}.`);
  if (!indicators)
    missing.push('No se cargaron los componentes del NBI ni el puntaje IDF (tablas DANE y DNP).');
  return { aspecto: parts.join(' '), missing };
}

/** Ley 617 categories and the IDF score (simple mean and range over the municipios). */
function fiscal(facts: DistrictFacts, name: Map<string, string>): string[] {
  const { categories } = facts.profile.idf;
  const scored = (facts.indicators?.idf ?? [])
    .filter((m) => m.score !== null)
    .sort((a, b) => a.score! - b.score!);
  const label = (c: string) => (c === 'E' ? 'especial' : c);
  const cats = categories
    .map(
      (c) =>
        `${label(c.category)} en ${esNumber(c.count)} ${c.count === 1 ? 'municipio' : 'municipios'}`
    )
    .join('; ');
  const out = cats ? [`Categoría municipal de la Ley 617 de 2000 (${SOURCE.idf}): ${cats}.`] : [];
  if (scored.length) {
    const mean = scored.reduce((a, m) => a + m.score!, 0) / scored.length;
    const [low, high] = [scored[0]!, scored.at(-1)!];
    const ranges = new Map<string, number>();
    for (const m of scored) if (m.range) ranges.set(m.range, (ranges.get(m.range) ?? 0) + 1);
    const byRange = [...ranges].map(([r, k]) => `${r}: ${esNumber(k)}`).join('; ');
    out.push(
      `Índice de desempeño fiscal, IDF (${SOURCE.idf}): promedio simple ${esNumber(mean, 2)} sobre 100, de ${esNumber(low.score!, 2)} (${name.get(low.code)}) a ${esNumber(high.score!, 2)} (${name.get(high.code)})${byRange ? `; rangos: ${byRange}` : ''}.`
    );
  }
  return out;
}
