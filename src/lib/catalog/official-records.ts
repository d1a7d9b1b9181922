// National official records without polygons (ANT resguardo table, RUNAP report and attributes).
import type { BundledLayer } from './layer-types';

export const OFFICIAL_RECORDS: readonly BundledLayer[] = [
  {
    id: 'resguardos_ant_registro',
    table: 'resguardos_ant_registro',
    title: 'Resguardos indígenas formalizados — registro nacional ANT (tabla, sin polígonos)',
    kind: 'étnico',
    producer: 'Agencia Nacional de Tierras (ANT), «Resguardo Indígena Formalizado»',
    version: 'Tabla fechada 2025-06-09',
    license: 'No declarada en el repositorio (datos abiertos de ANT)',
    source: {
      repository: 'NataliaGHz/Calculo_deforestaci-n',
      path: 'DATOS/Resg/Resguardo_Indigena_Formalizado.dbf',
      commit: '52c43b17e4a8bb491aa863c20cddc5bdc9591e90',
      raw: 'etnicos/ant_nacional/resguardo_indigena_formalizado_2025-06-09.dbf'
    },
    caveats:
      'Registro oficial sin polígonos: nombra un solo municipio por resguardo. Un resguardo que abarca varios municipios aparece solo donde la ANT lo registró, y los vecinos pueden estar tocados. El área es la registrada por la ANT, no un cruce. 12 filas nombran el municipio en vez de dar su código: se ubicaron por nombre dentro del departamento (columna filed_as).',
    featureCount: 927,
    geometryType: null,
    keyField: 'code',
    onDemand: true
  },
  {
    id: 'runap_reporte',
    table: 'runap_reporte',
    title: 'Áreas protegidas (RUNAP) — reporte oficial por municipio',
    kind: 'ambiental',
    producer: 'Parques Nacionales Naturales de Colombia, RUNAP («reporte DANE», hoja Municipios)',
    version: 'Corte 2025-03-30',
    license: 'No declarada en el repositorio (datos abiertos de PNN)',
    source: {
      repository: 'andresmosqueraw/orquestador-otls',
      path: 'airflow/submodules/submodule_ap/etl_ap/insumos/informacion_runap/reporte_dane_2025-03-30.xlsx',
      commit: '2ad9b8cd7bc30d0515eed4ecf9f9f76d76ecbfec',
      raw: 'areas_protegidas/runap_reporte_dane_2025-03-30.xlsx'
    },
    caveats:
      'Contabilidad propia de RUNAP por municipio (hectáreas geográficas terrestres): cifras oficiales, no recalculadas por la plataforma, y sin polígonos. Las áreas pueden superponerse entre sí (p. ej. una reserva de la sociedad civil dentro de un DRMI): la suma de un municipio puede exceder el área protegida real. El % se calcula sobre el área oficial del municipio (MGN 2018). 59 filas con código «N/A» (áreas o partes sin municipio, sobre todo marinas: 25.962 ha terrestres y 30.444.266 ha marítimas) quedan en la tabla pero no en la matriz.',
    featureCount: 2903,
    geometryType: null,
    keyField: 'code',
    onDemand: true
  },
  {
    id: 'runap_areas',
    table: 'runap_areas',
    title: 'Áreas protegidas (RUNAP) — tabla nacional de atributos y centroides',
    kind: 'ambiental',
    producer: 'Parques Nacionales Naturales de Colombia, RUNAP (capa nacional, tabla de atributos)',
    version: 'Tabla fechada 2025-06-06',
    license: 'No declarada en el repositorio (datos abiertos de PNN)',
    source: {
      repository: 'NataliaGHz/Calculo_deforestaci-n',
      path: 'DATOS/runap/runap.dbf',
      commit: '52c43b17e4a8bb491aa863c20cddc5bdc9591e90',
      raw: 'areas_protegidas/runap_atributos_2025-06-06.dbf'
    },
    caveats:
      'Atributos sin polígonos: cada área trae un centroide, que el mapa dibuja como punto; no es el área ni sirve para cruces. Categoría, condición, autoridad, fechas y hectáreas del acto son los de RUNAP; el acto mostrado viene de la hoja Actos del reporte por municipio (corte 2025-03-30), el último de declaratoria, registro u homologación (34 áreas de la tabla no están en el reporte y quedan sin acto).',
    featureCount: 1785,
    geometryType: 'Point',
    keyField: 'ap_id',
    onDemand: true
  }
];
