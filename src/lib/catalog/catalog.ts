// The layer catalog: every bundled layer with its provenance, and the official layers we do not ship.
// Provenance comes from sources/SOURCES.md; scripts/build-data.ts checks counts against it.

export type LayerKind =
  'límites' | 'étnico' | 'ambiental' | 'minero' | 'socioeconómico' | 'ordenamiento';

export interface LayerSource {
  repository: string;
  path: string;
  commit: string;
  /** File under sources/ that build-data reads. */
  raw: string;
}

export interface BundledLayer {
  id: string;
  /** DuckDB table name and data/<id>.arrow file. */
  table: string;
  title: string;
  kind: LayerKind;
  producer: string;
  version: string;
  license: string;
  source: LayerSource;
  caveats: string;
  /** Rows the build must produce; a mismatch fails the build. */
  featureCount: number;
  /** Point: a table with one point per row (a centroid), drawn on the map, never cut. */
  geometryType: 'Polygon/MultiPolygon' | 'Point' | null;
  keyField: string;
  /** Loaded when a district, the matrix or a toggle needs it, not when the analysis starts. */
  onDemand?: true;
}

export interface MissingLayer {
  id: string;
  title: string;
  kind: LayerKind;
  producer: string;
  where: string;
}

const MGN = {
  repository: 'caticoa3/colombia_mapa',
  path: 'colombia_2018.topojson',
  commit: 'a3e2a52aa2672f46fd222f2e06333a4ffd877a8b',
  raw: 'municipios/colombia_2018_mgn_detail.topojson'
};
const IRV = {
  repository: 'odpiobservatorio/odpiobservatorio.github.io',
  path: 'GIS/layers/IRV-2022.js',
  commit: '7e68ec626cb28570f52f4b1e36d4426fec8bc456',
  raw: 'pdet_zomac/pdet_municipios_irv2022.csv'
};
const DANE_LICENSE =
  'Datos de DANE (CC BY 4.0 según términos de DANE); el repositorio no declara licencia';

export const BUNDLED_LAYERS: readonly BundledLayer[] = [
  {
    id: 'municipios',
    table: 'municipios',
    title: 'Municipios (MGN 2018, detallado)',
    kind: 'límites',
    producer: 'DANE, Marco Geoestadístico Nacional (MGN_MPIO_POLITICO)',
    version: 'MGN 2018',
    license: DANE_LICENSE,
    source: MGN,
    caveats:
      'Límites 2018: 1.122 unidades (municipios, Bogotá y áreas no municipalizadas). Incluye 94343 Barrancominas y 94663 Mapiripana (ANM). Geometría cuantizada a ~11 m; área geodésica frente a MPIO_NAREA oficial: mediana 0,11 %, máximo 2,3 %. No verificado contra DIVIPOLA 2024.',
    featureCount: 1122,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'code'
  },
  {
    id: 'departamentos',
    table: 'departamentos',
    title: 'Departamentos (MGN 2018, detallado)',
    kind: 'límites',
    producer: 'DANE, Marco Geoestadístico Nacional (MGN_DPTO_POLITICO)',
    version: 'MGN 2018',
    license: DANE_LICENSE,
    source: MGN,
    caveats:
      '32 departamentos y Bogotá D.C. El polígono de La Guajira (44) se autointersecta cerca de -73,5678, 11,2581: debe repararse antes de recortar.',
    featureCount: 33,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'code'
  },
  {
    id: 'pdet',
    table: 'pdet',
    title: 'Municipios PDET y subregiones',
    kind: 'ordenamiento',
    producer:
      'UARIV, Índice de Riesgo de Victimización 2022, con la subregión PDET de la ART; republicado por ODPI',
    version: 'IRV 2022 (subregiones del Decreto 893 de 2017)',
    license: 'No declarada en el repositorio (datos públicos de UARIV/ART)',
    source: IRV,
    caveats:
      'La fuente no trae códigos DANE: se asignaron por coincidencia exacta de departamento y nombre sin tildes contra MGN 2018 (1.121 de 1.122; Mompós 13468 a mano). No es el archivo MunicipiosPDET.xlsx de la ART.',
    featureCount: 170,
    geometryType: null,
    keyField: 'code'
  },
  {
    id: 'poblacion',
    table: 'poblacion',
    title: 'Población municipal proyectada 2012–2024',
    kind: 'socioeconómico',
    producer:
      'DANE, proyecciones y retroproyecciones de población municipal post-CNPV 2018; reempaquetado por epiCo (Universidad de los Andes / Epiverse-TRACE)',
    version: '2012–2024',
    license: 'MIT (repositorio epiCo); datos de DANE',
    source: {
      repository: 'epiverse-trace/epiCo',
      path: 'inst/extdata/population_projection_col_2.rds',
      commit: '2ae5429e58eba2d5ad9023a8d706414462ae49bf',
      raw: 'socioeconomico/poblacion_proyeccion_municipal_total.csv'
    },
    caveats:
      'Proyecciones, no conteos censales. Total = suma de hombres y mujeres por edad simple. Control: Bogotá 2018 = 7.412.566 (igual a DANE).',
    featureCount: 14586,
    geometryType: null,
    keyField: 'code'
  },
  {
    id: 'nbi',
    table: 'nbi',
    title: 'Necesidades Básicas Insatisfechas (NBI), CNPV 2018',
    kind: 'socioeconómico',
    producer: 'DANE, Censo Nacional de Población y Vivienda 2018 (CNPV-2018-NBI.xlsx)',
    version: 'CNPV 2018',
    license: DANE_LICENSE,
    source: {
      repository: 'jcastaneda30/Trabajo-Municipios',
      path: 'CNPV-2018-NBI.xlsx',
      commit: 'a03aaa3e58bb058f1b6e99a1c6fec13c97def5de',
      raw: 'socioeconomico/nbi_cnpv2018_municipios.csv'
    },
    caveats:
      'Porcentaje de personas. Las 20 áreas no municipalizadas no tienen cabecera: su total es el rural. Valores redondeados a 4 decimales.',
    featureCount: 1122,
    geometryType: null,
    keyField: 'code'
  },
  {
    id: 'idf',
    table: 'idf',
    title: 'Índice de Desempeño Fiscal (IDF) 2023',
    kind: 'socioeconómico',
    producer:
      'DNP, Dirección de Descentralización y Fortalecimiento Fiscal — Evaluación del desempeño fiscal, nueva metodología',
    version: 'Vigencia 2023',
    license: 'No declarada en el repositorio (datos públicos de DNP)',
    source: {
      repository: 'jcastaneda30/Trabajo-Municipios',
      path: 'ResultadosIDF_2023.xlsx',
      commit: 'a3c8f9cc46b4e25c676095862919a10b9a6b2065',
      raw: 'socioeconomico/idf2023_dnp_municipios.csv'
    },
    caveats:
      '1.102 municipios: faltan San Andrés (88001) y las 19 áreas no municipalizadas. No trae montos de regalías. Los valores «ND» (no disponible) del DNP quedan vacíos.',
    featureCount: 1102,
    geometryType: null,
    keyField: 'code'
  },
  {
    id: 'zonas_reserva_campesina',
    table: 'zonas_reserva_campesina',
    title: 'Zonas de reserva campesina (constituidas 1997–2011)',
    kind: 'ordenamiento',
    producer: 'ANT, capa Zonas_de_Reserva_Campesina; republicada por ODPI',
    version: 'Resoluciones 1997–2011 (capa ≤2024)',
    license: 'No declarada en el repositorio (datos públicos de ANT)',
    source: {
      repository: 'odpiobservatorio/odpiobservatorio.github.io',
      path: 'GIS/layers/ReservasCap.json',
      commit: '7171dae990ef73c6df8e99c572ce5615486d9eb1',
      raw: 'reserva_campesina/zonas_reserva_campesina_odpi.geojson'
    },
    caveats:
      'Desactualizada y parcial: solo las 7 ZRC clásicas; faltan las constituidas en 2022–2024 (p. ej. Sumapaz, Losada-Guayabero, Güéjar-Cafre).',
    featureCount: 7,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'name'
  },
  {
    id: 'resguardos_muestra',
    table: 'resguardos_muestra',
    title: 'Resguardos indígenas — muestra Nariño, Cauca, Putumayo',
    kind: 'étnico',
    producer: 'ANT, Resguardo Indígena Formalizado',
    version: 'Actos hasta 2023-09',
    license: 'No declarada en el repositorio (datos públicos de ANT)',
    source: {
      repository: 'Cromeroo/Capas',
      path: 'resguardos.geojson',
      commit: '81448d4cca2c88121dcb2d19b4edb8bc181ec67c',
      raw: 'etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson'
    },
    caveats:
      'Muestra regional de 14 resguardos de más de 850 en el país: sirve para probar los cruces, no para concluir ausencia de comunidades. Se eliminó la coordenada Z.',
    featureCount: 14,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'name'
  },
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

/** Official layers that decide a delimitation but could not be bundled: users import them. */
export const MISSING_LAYERS: readonly MissingLayer[] = [
  {
    id: 'runap',
    title: 'Polígonos de áreas protegidas RUNAP / SINAP (cobertura nacional)',
    kind: 'ambiental',
    producer: 'Parques Nacionales Naturales de Colombia (RUNAP)',
    where: 'Descarga oficial de RUNAP'
  },
  {
    id: 'titulos_anm',
    title: 'Títulos y solicitudes mineras (capa TMIN19ANMIMULKV1)',
    kind: 'minero',
    producer: 'Agencia Nacional de Minería (AnnA Minería)',
    where: 'Geovisor / datos abiertos de AnnA Minería'
  },
  {
    id: 'resguardos_nacional',
    title: 'Resguardos indígenas (cobertura nacional)',
    kind: 'étnico',
    producer: 'Agencia Nacional de Tierras (ANT)',
    where: 'Datos abiertos de la ANT'
  },
  {
    id: 'consejos_comunitarios',
    title: 'Títulos colectivos de comunidades negras (consejos comunitarios)',
    kind: 'étnico',
    producer: 'Agencia Nacional de Tierras (ANT)',
    where: 'Datos abiertos de la ANT'
  },
  {
    id: 'zomac',
    title: 'Municipios ZOMAC (Decreto 1650 de 2017, 344 municipios)',
    kind: 'ordenamiento',
    producer: 'Ministerio de Hacienda / ART',
    where: 'Anexo del Decreto 1650 de 2017'
  },
  {
    id: 'paramos',
    title: 'Páramos delimitados',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente / Instituto Humboldt',
    where: 'Descarga oficial de MinAmbiente o SIAC'
  },
  {
    id: 'reserva_ley2',
    title: 'Reserva Forestal de Ley 2ª de 1959',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible',
    where: 'Descarga oficial de MinAmbiente o SIAC'
  },
  {
    id: 'frontera_agricola',
    title: 'Frontera agrícola nacional',
    kind: 'ordenamiento',
    producer: 'UPRA',
    where: 'SIPRA (UPRA)'
  }
];

/** Polygon layers the overlay engine cuts against municipios in the app (not the boundaries). */
export const OVERLAY_LAYERS: readonly BundledLayer[] = BUNDLED_LAYERS.filter(
  (l) => l.geometryType === 'Polygon/MultiPolygon' && l.kind !== 'límites'
);

export function layerById(id: string): BundledLayer | undefined {
  return BUNDLED_LAYERS.find((l) => l.id === id);
}
