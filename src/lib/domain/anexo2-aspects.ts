// The seven aspects of the análisis de dinámicas (anexo 2), in the guide's order, each with the
// entity responsible for it, what it must cover and the PEG components it feeds. Source: Guía
// metodológica DMEDP, Tomo II, §2.2.2.1 (primera sesión de la mesa distrital), item 10, and the
// table «Aspecto general / Descripción / Características a abordar» that follows it; the PEG
// components (minero, ambiental, social, económico, étnico, institucional) are those of §2.3.4,
// item 4 (mesas temáticas y zonales).

export type PegComponent =
  'minero' | 'ambiental' | 'social' | 'económico' | 'étnico' | 'institucional';

export const PEG_COMPONENTS: readonly PegComponent[] = [
  'minero',
  'ambiental',
  'social',
  'económico',
  'étnico',
  'institucional'
];

export type Anexo2AspectId =
  | 'socioeconomica'
  | 'etnica'
  | 'bioculturales'
  | 'ordenamiento'
  | 'agropecuarias'
  | 'minero'
  | 'otros_sectores';

export interface Anexo2Aspect {
  id: Anexo2AspectId;
  /** «Aspecto general», as the guide words it. */
  title: string;
  entity: string;
  /** «Características a abordar», condensed from the guide. */
  covers: string;
  components: readonly PegComponent[];
}

export const ANEXO2_ASPECTS: readonly Anexo2Aspect[] = [
  {
    id: 'socioeconomica',
    title: 'Situación socioeconómica de la población',
    entity: 'Departamento Nacional de Planeación (DNP)',
    covers:
      'Aspectos demográficos (estructura poblacional, natalidad, mortalidad, migración), económicos (empleo, ingreso per cápita, actividades económicas), sociales (salud, educación, género, conflicto armado) e indicadores de calidad de vida (NBI, miseria, IPM).',
    components: ['social']
  },
  {
    id: 'etnica',
    title:
      'Presencia de pueblos indígenas, comunidades negras, afrodescendientes, raizales - palenqueras y otras comunidades étnicas',
    entity: 'Ministerio del Interior',
    covers:
      'Patrimonio cultural y arqueológico, rutas colectivas, zonas de reserva campesina, zonas mineras étnicas, áreas indígenas restringidas, entre otras.',
    components: ['étnico']
  },
  {
    id: 'bioculturales',
    title: 'Identificación de los recursos bioculturales',
    entity: 'Ministerio de Ambiente y Desarrollo Sostenible',
    covers:
      'Áreas protegidas, áreas de especial importancia ecosistémica y ecosistemas estratégicos, reserva forestal, planes de ordenación y manejo de cuencas (POMCA), determinantes ambientales de gestión del riesgo y cambio climático.',
    components: ['ambiental']
  },
  {
    id: 'ordenamiento',
    title: 'Determinantes de ordenamiento territorial',
    entity: 'Ministerio de Minas y Energía',
    covers:
      'Ordenamiento territorial (EOT, PBOT, POT), catastro multipropósito, programas de desarrollo con enfoque territorial (PDET), zonas más afectadas por el conflicto armado (ZOMAC).',
    components: ['institucional']
  },
  {
    id: 'agropecuarias',
    title: 'Condiciones agropecuarias',
    entity: 'Ministerio de Agricultura y Desarrollo Rural',
    covers: 'Suelos, coberturas vegetales, frontera agrícola, aptitud agropecuaria.',
    components: ['económico']
  },
  {
    id: 'minero',
    title: 'Análisis del sector minero',
    entity: 'Ministerio de Minas y Energía',
    covers:
      'Disponibilidad geológica, titulación, zonas de interés minero, minería artesanal y/o de subsistencia, zonas mineras étnicas, producción minera (oferta y demanda).',
    components: ['minero']
  },
  {
    id: 'otros_sectores',
    title: 'Análisis de otros sectores económicos',
    entity: 'Ministerio de Comercio, Industria y Turismo',
    covers:
      'Identificación de actores, economías populares y dinámicas locales, vocación y potencial productivo, estado de la infraestructura, capacidad, uso del suelo y de las tierras.',
    components: ['económico']
  }
];
