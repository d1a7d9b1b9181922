// Section 2 of the memoria justificativa, «Ámbito de aplicación y sujetos a quienes va dirigido»
// (guide §1.1 item 2): the authorities and public entities, national and territorial, competent
// in the delimitation, design, implementation and follow-up of the district's PEG — the ministry
// and its agencies, the entities responsible for the anexo 2 aspects, and the gobernaciones and
// alcaldías of the district's municipios.
import { esList, titleCase } from '../domain/anexo2-format';
import { bullets, heading, para, termPara, type Block } from './docx-blocks';
import type { MemoriaInput } from './memoria-input';

const AMBITO_TITLE = '2. Ámbito de aplicación y sujetos a quienes va dirigido';

const NATIONAL = [
  'Ministerio de Minas y Energía (MME): Dirección de Minería Empresarial o Dirección de Formalización Minera, según corresponda; preside la mesa y ejerce la secretaría técnica con la UPME.',
  'Unidad de Planeación Minero Energética (UPME): diagnósticos técnicos del distrito.',
  'Agencia Nacional de Minería (ANM).',
  'Ministerio del Interior, Dirección de la Autoridad Nacional de Consulta Previa (DANCP): consulta previa del PEG donde haya presencia étnica.'
];

export function ambito(input: MemoriaInput): Block[] {
  const { rows } = input.facts.matrix;
  const aspects = new Map<string, string[]>();
  for (const r of input.anexo2)
    aspects.set(r.entity, [...(aspects.get(r.entity) ?? []), `«${r.title}»`]);
  const departments = [...new Set(rows.map((r) => titleCase(r.department)))];
  return [
    heading(AMBITO_TITLE, 1, true),
    para(
      `El proyecto de resolución de delimitación del Distrito Minero Especial para la Diversificación Productiva «${input.facts.name}» está destinado a las autoridades administrativas y entidades públicas del nivel nacional y territorial con competencia en la delimitación, el diseño, la implementación y el seguimiento de su Plan Estratégico de Gestión.`
    ),
    heading('2.1 Entidades del nivel nacional', 2),
    ...bullets(NATIONAL),
    heading('2.2 Entidades responsables del análisis de dinámicas (anexo 2)', 2),
    ...bullets(
      [...aspects].map(([entity, titles]) => {
        const what = titles.length === 1 ? 'del aspecto' : 'de los aspectos';
        return `${entity}: ${what} ${esList(titles)}.`;
      })
    ),
    heading('2.3 Entidades territoriales', 2),
    termPara(
      departments.length === 1 ? 'Gobernación' : 'Gobernaciones',
      esList(departments.map((d) => `Gobernación de ${d}`)) + '.'
    ),
    termPara(
      'Alcaldías',
      esList(rows.map((r) => `Alcaldía de ${titleCase(r.name)} (${titleCase(r.department)})`)) + '.'
    )
  ];
}
