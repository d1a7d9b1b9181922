// The agenda (orden del día) the guide sets for a session: district mesa session 1 (§2.2.2.1),
// session 2 (§2.2.2.2), session 3 and later (§2.2.2.3, whose consulta previa item applies only
// where DANCP determined it), the MTIN plenary blocks (§2.1.2) and the thematic/zonal methodology
// (§2.3.4). The guide fixes agendas only for ordinary sessions: extraordinary ones get none.
import type { MesaKind, SessionKind } from './mesa-deadlines';

export interface AgendaItem {
  title: string;
  /** Who leads the item, as the guide says (null: the guide does not say). */
  lead: string | null;
  /** What the guide adds about the item. */
  detail?: string;
  /** When the item applies only in some districts and that is not known yet. */
  condition?: string;
}

export interface SessionAgenda {
  /** The guide's section, e.g. '§2.2.2.1' (null: the guide gives no fixed agenda). */
  section: string | null;
  items: AgendaItem[];
  /** Who coordinates or moderates the whole session, when the guide says so. */
  note: string | null;
}

const MINISTER = 'La (el) ministra(o) de Minas y Energía o su delegada(o)';
const DIRECTION = 'Dirección de Minería Empresarial o de Formalización Minera';

const install = (what: string): AgendaItem => ({
  title: 'Instalación de la mesa',
  lead: MINISTER,
  detail: `Presenta ${what}.`
});
const rollCall: AgendaItem = {
  title: 'Llamado a lista de las entidades que conforman la mesa',
  lead: DIRECTION
};
const closing: AgendaItem = { title: 'Varios y cierre del espacio', lead: null };

const FIRST: AgendaItem[] = [
  install('contexto general de los distritos mineros especiales'),
  {
    title: 'Secretaría técnica de la mesa',
    lead: null,
    detail: 'A cargo de la DME o la DFM, con apoyo del Ministerio del Interior y del DNP.'
  },
  rollCall,
  { title: 'Periodicidad de las sesiones (ordinaria cada cuatro meses)', lead: DIRECTION },
  {
    title: 'Socialización de roles y responsabilidades a través del reglamento interno',
    lead: DIRECTION
  },
  { title: 'Aprobación del reglamento interno', lead: null },
  {
    title: 'Socialización de las apuestas del distrito, sus propósitos y enfoques',
    lead: null
  },
  {
    title: 'Socialización del diagnóstico del distrito minero especial',
    lead: 'Unidad de Planeación Minero Energética (UPME)'
  },
  {
    title: 'Socialización de la oferta institucional presente en el territorio',
    lead: 'Cada entidad participante (5 minutos)'
  },
  {
    title: 'Presentación del cronograma de trabajo del distrito',
    lead: DIRECTION,
    detail:
      'Fechas de las mesas temáticas y zonales, de la oferta institucional, de las acciones del PEG y del análisis del anexo 2 (15 días hábiles).'
  },
  closing
];

const SECOND: AgendaItem[] = [
  install('avances generales del distrito'),
  rollCall,
  {
    title: 'Presentación de las conclusiones de las mesas temáticas y zonales',
    lead: 'Delegadas y delegados de cada mesa temática y zonal (máximo 10 minutos)'
  },
  { title: 'Presentación del Plan Estratégico de Gestión', lead: null },
  {
    title: 'Validación del Plan Estratégico de Gestión (votación)',
    lead: DIRECTION
  },
  closing
];

const CONSULTA: AgendaItem = {
  title: 'Seguimiento a los avances en el marco de la consulta previa',
  lead: DIRECTION
};

const LATER = (consultaPrevia: boolean | null): AgendaItem[] => [
  install('avances del distrito'),
  rollCall,
  ...(consultaPrevia === false
    ? []
    : [
        consultaPrevia
          ? CONSULTA
          : {
              ...CONSULTA,
              condition:
                'Solo en los distritos donde la DANCP del Ministerio del Interior lo determine'
            }
      ]),
  {
    title: 'Seguimiento a la implementación del plan estratégico de gestión',
    lead: DIRECTION
  },
  closing
];

const MTIN: AgendaItem[] = [
  { title: 'Bloque de deliberación técnica', lead: null },
  { title: 'Bloque de decisiones', lead: null },
  { title: 'Cierre con compromisos y responsables definidos', lead: null }
];

const FACILITATORS = 'Facilitadores técnicos del Ministerio de Minas y Energía';
const THEMATIC: AgendaItem[] = [
  {
    title: 'Instalación: objetivos, reglas básicas de participación y actores presentes',
    lead: FACILITATORS
  },
  {
    title: 'Apertura: motivación, delegación de representantes y objetivo',
    lead: FACILITATORS
  },
  {
    title:
      'Selección de dos representantes de la mesa (uno designado por las comunidades étnicas si participan)',
    lead: 'La mesa: postulación voluntaria; votación simple si hay más de dos candidatos'
  },
  {
    title:
      'Socialización del análisis de dinámicas por componente y de la respuesta primaria de oferta',
    lead: FACILITATORS
  },
  { title: 'Propuesta de acciones nuevas a incluir en el PEG', lead: 'Participantes de la mesa' },
  { title: 'Concertación de proyecto ancla o estratégico para el distrito', lead: null },
  {
    title: 'Plenaria: socialización de conclusiones, acuerdos y consolidación de propuestas',
    lead: null
  }
];

/**
 * The session's agenda. `consultaPrevia`: whether DANCP determined consulta previa for the
 * district (null: not recorded, the item stays with its condition).
 */
export function sessionAgenda(
  s: { mesa: MesaKind; kind: SessionKind; number: number },
  consultaPrevia: boolean | null
): SessionAgenda {
  if (s.kind === 'extraordinaria') return { section: null, items: [], note: null };
  if (s.mesa === 'mtin')
    return {
      section: '§2.1.2',
      items: MTIN,
      note: 'La Secretaría Técnica coordina el orden del día (§2.1.1).'
    };
  if (s.mesa === 'tematica')
    return {
      section: '§2.3.4',
      items: THEMATIC,
      note: 'Moderan facilitadores técnicos del Ministerio de Minas y Energía; relatoría de la DME o la DFM.'
    };
  if (s.number === 1) return { section: '§2.2.2.1', items: FIRST, note: null };
  if (s.number === 2) return { section: '§2.2.2.2', items: SECOND, note: null };
  return { section: '§2.2.2.3', items: LATER(consultaPrevia), note: null };
}
