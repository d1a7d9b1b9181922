// Section 1 of the memoria justificativa, «Antecedentes y razones de oportunidad y conveniencia»
// (guide §1.1 item 1): the normative context, the district's territory (table of its municipios
// and map) and its territorial, mining, environmental, ethnic and socioeconomic components as the
// anexo 2 pre-fill writes them, each with what the loaded layers cannot say.
import type { Anexo2AspectId } from '../domain/anexo2-aspects';
import { esList, esNumber, esPct, titleCase } from '../domain/anexo2-format';
import { sourceOf } from '../domain/anexo2-layer-text';
import { bullets, figure, heading, para, table, termPara, type Block } from './docx-blocks';
import type { MemoriaCounters, MemoriaInput } from './memoria-input';

const ANTECEDENTES_TITLE = '1. Antecedentes y razones de oportunidad y conveniencia';

const CONTEXT = [
  'Los Distritos Mineros Especiales para la Diversificación Productiva (DMEDP) tienen su fundamento en el artículo 231 de la Ley 2294 de 2023 y en el Decreto 977 de 2024, que adicionó el Capítulo 12 al Título V de la Parte 2 del Libro 2 del Decreto 1073 de 2015. La Guía metodológica DMEDP (Tomo II) del Ministerio de Minas y Energía orienta la delimitación, las mesas interinstitucionales, el Plan Estratégico de Gestión (PEG) y la construcción de esta memoria justificativa (§1.1).',
  'Este borrador reúne la información territorial, minera, ambiental, socioeconómica y geográfica del distrito a partir de las capas cargadas en Atlas DMEDP, cada cifra con su fuente. El contexto institucional del proceso y las razones de oportunidad y conveniencia los completa la Dirección responsable.'
];

/** Components of §1.1 item 1, each read from the anexo 2 aspects that speak to it. */
const COMPONENTS: { title: string; aspects: Anexo2AspectId[] }[] = [
  { title: 'Componente socioeconómico', aspects: ['socioeconomica'] },
  { title: 'Componente territorial', aspects: ['ordenamiento'] },
  { title: 'Componente minero', aspects: ['minero'] },
  { title: 'Componente ambiental', aspects: ['bioculturales'] },
  { title: 'Componente étnico', aspects: ['etnica'] },
  {
    title: 'Condiciones agropecuarias y otros sectores',
    aspects: ['agropecuarias', 'otros_sectores']
  }
];

export function antecedentes(input: MemoriaInput, n: MemoriaCounters): Block[] {
  const { facts } = input;
  const layer = (id: string) => facts.layers.find((l) => l.id === id);
  const { profile, matrix } = facts;
  const byCode = new Map(profile.municipios.map((m) => [m.code, m]));
  const departments = [...new Set(matrix.rows.map((r) => titleCase(r.department)))];
  const popYear = profile.population.latestYear;
  const rows = matrix.rows.map((r) => {
    const m = byCode.get(r.code);
    const area = input.areasKm2[r.code];
    return [
      titleCase(r.name),
      titleCase(r.department),
      r.code,
      area === undefined ? 'sin dato' : esNumber(area, 2),
      m?.population == null ? 'sin dato' : esNumber(m.population),
      m?.nbi == null ? 'sin dato' : esNumber(m.nbi, 2),
      r.pdet ?? 'No'
    ];
  });
  const nbi = profile.nbi.weightedPct;
  const total = [
    'Total del distrito',
    esNumber(departments.length) + (departments.length === 1 ? ' departamento' : ' departamentos'),
    esNumber(matrix.rows.length),
    esNumber(profile.areaKm2, 2),
    esNumber(profile.population.latest),
    nbi === null ? 'sin dato' : `${esNumber(nbi, 2)} (ponderado)`,
    `${esNumber(profile.pdet.municipios)} PDET`
  ];
  const where = departments.length === 1 ? 'del departamento de' : 'de los departamentos de';
  const summary = `El distrito «${facts.name}» comprende ${esNumber(matrix.rows.length)} municipios ${where} ${esList(departments)}, con un área oficial de ${esNumber(profile.areaKm2, 2)} km² (${sourceOf(layer('municipios'))}) y una población proyectada de ${esNumber(profile.population.latest)} habitantes en ${popYear} (${sourceOf(layer('poblacion'))}). Municipios PDET: ${esNumber(profile.pdet.municipios)} de ${esNumber(matrix.rows.length)}, ${esPct(profile.pdet.areaShare * 100)} del área.`;
  const out: Block[] = [
    heading(ANTECEDENTES_TITLE, 1, true),
    heading('1.1 Contexto normativo e institucional', 2),
    ...CONTEXT.map((t) => para(t)),
    heading('1.2 Contexto territorial y geográfico', 2),
    para(summary),
    ...table(
      n,
      `Municipios del distrito: área oficial, población ${popYear}, NBI y condición PDET.`,
      [
        'Municipio',
        'Departamento',
        'Código DANE',
        'Área (km²)',
        `Población ${popYear}`,
        'NBI (%)',
        'PDET (subregión)'
      ],
      rows,
      { right: [3, 4, 5], total }
    ),
    para(
      `Fuentes: área, ${sourceOf(layer('municipios'))}; población, ${sourceOf(layer('poblacion'))}; NBI, ${sourceOf(layer('nbi'))} (el total del distrito pondera por la población de 2018); PDET, ${sourceOf(layer('pdet'))}.`,
      { italics: true }
    )
  ];
  if (input.figures.map)
    out.push(
      ...figure(
        n,
        input.figures.map,
        `Municipios del distrito «${facts.name}»`,
        `${sourceOf(layer('municipios'))}; elaboración de Atlas DMEDP`
      )
    );
  COMPONENTS.forEach((c, i) => {
    out.push(heading(`1.${i + 3} ${c.title}`, 2));
    for (const id of c.aspects) {
      const row = input.anexo2.find((r) => r.aspect === id);
      if (!row) continue;
      out.push(termPara(row.title, row.aspecto));
      if (id === 'socioeconomica' && input.figures.population)
        out.push(
          ...figure(
            n,
            input.figures.population,
            `Población proyectada ${popYear} por municipio`,
            `${sourceOf(layer('poblacion'))}; elaboración de Atlas DMEDP`
          )
        );
      if (row.missing.length)
        out.push(
          para('Lo que las capas cargadas no permiten establecer:', { italics: true }),
          ...bullets(row.missing)
        );
    }
  });
  return out;
}
