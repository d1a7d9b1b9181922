// Sections 3, 4 and 5 of the memoria justificativa (guide §1.1 items 3–5): viabilidad jurídica,
// impacto económico and viabilidad presupuestal are written by the ministry's lawyers, not by the
// platform. Each is a shaded box saying who writes it and what the guide asks it to contain.
import { heading, toWrite, type Block } from './docx-blocks';

const LEGAL_SECTIONS = [
  {
    title: '3. Viabilidad jurídica',
    who: '[Texto a cargo de la Oficina Asesora Jurídica]',
    what: 'Análisis de las normas que otorgan la competencia para expedir el proyecto de resolución (guía metodológica, §1.1, numeral 3).'
  },
  {
    title: '4. Impacto económico',
    who: '[Texto a cargo del equipo jurídico de la Dirección responsable]',
    what: 'Evaluar si el proyecto de resolución implica o no la necesidad de recursos adicionales a los que gestiona el Ministerio de Minas y Energía (guía metodológica, §1.1, numeral 4).'
  },
  {
    title: '5. Viabilidad o disponibilidad presupuestal',
    who: '[Texto a cargo del equipo jurídico de la Dirección responsable]',
    what: 'Indicar si la expedición del acto de delimitación genera costos adicionales o requiere una partida presupuestal específica para el Ministerio de Minas y Energía, y cómo se financiarán los proyectos y acciones del Plan Estratégico de Gestión del distrito (guía metodológica, §1.1, numeral 5).'
  }
] as const;

export const legalSections = (): Block[] =>
  LEGAL_SECTIONS.flatMap((s) => [heading(s.title, 1, true), ...toWrite(s.who, s.what)]);
