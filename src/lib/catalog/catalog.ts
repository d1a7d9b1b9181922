// The layer catalog: every bundled layer with its provenance, and the official layers we do not ship.
// Provenance comes from sources/SOURCES.md; scripts/build-data.ts checks counts against it.

export type LayerKind =
  'límites' | 'étnico' | 'ambiental' | 'minero' | 'socioeconómico' | 'ordenamiento';

export interface LayerSource {
  repository: string;
  path: string;
  commit: string;
  /** File under sources/ that build-data reads (a folder when the layer merges several files). */
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
/** Repositories that committed the official downloads (sources/SOURCES.md, «A» and «B»). */
const OTLS = {
  repository: 'andresmosqueraw/orquestador-otls',
  commit: '2ad9b8cd7bc30d0515eed4ecf9f9f76d76ecbfec'
};
const CAQUETA_STUDY = {
  repository: 'NataliaGHz/Calculo_deforestaci-n',
  commit: '52c43b17e4a8bb491aa863c20cddc5bdc9591e90'
};
const OPEN_DATA = (who: string) => `No declarada en el repositorio (datos abiertos de ${who})`;
const CLIPPED =
  'Recorte regional hecho por un tercero (autor del repositorio) en el límite de Caquetá: las áreas que cruzan el límite quedan cortadas y el área oficial registrada es la del área completa; no es cobertura nacional ni sirve para concluir ausencia fuera de Caquetá.';
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
  },
  {
    id: 'runap_caqueta',
    table: 'runap_caqueta',
    title: 'Áreas protegidas RUNAP — recorte Caquetá',
    kind: 'ambiental',
    producer: 'Parques Nacionales Naturales de Colombia, RUNAP; recortado a Caquetá por un tercero',
    version: '2025 (inscripciones y registros hasta 2025-06)',
    license: OPEN_DATA('Parques Nacionales Naturales'),
    source: {
      ...CAQUETA_STUDY,
      path: 'results/CAPAS_DPTO/parques_dpto_4326.gpkg',
      raw: 'areas_protegidas/runap_recorte_caqueta.gpkg'
    },
    caveats: `${CLIPPED} 99 áreas (5 PNN, 4 PNR, 90 RNSC). El nombre oficial se repite (91 nombres para 99 áreas): cada área se identifica como «nombre (RUNAP ap_id)» (columna feature_key). area_ha_source es el área total RUNAP (area_ha_to).`,
    featureCount: 99,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'feature_key',
    onDemand: true
  },
  {
    id: 'resguardos_caqueta',
    table: 'resguardos_caqueta',
    title: 'Resguardos indígenas ANT — recorte Caquetá',
    kind: 'étnico',
    producer:
      'Agencia Nacional de Tierras (ANT), «Resguardo Indígena Formalizado»; recortado a Caquetá por un tercero',
    version: '2025 (actos hasta 2024-11)',
    license: OPEN_DATA('ANT'),
    source: {
      ...CAQUETA_STUDY,
      path: 'results/CAPAS_DPTO/resguardos_dpto_4326.gpkg',
      raw: 'etnicos/resguardos_ant_recorte_caqueta.gpkg'
    },
    caveats: `${CLIPPED} 54 resguardos, incluidas las partes en Caquetá de resguardos de Amazonas, Vaupés y Cauca. El Aguila (Piamonte, Cauca) también está en la muestra Nariño–Cauca–Putumayo. Se eliminó la coordenada Z. area_ha_source es AREA_TOTAL de la ANT.`,
    featureCount: 54,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'name',
    onDemand: true
  },
  {
    id: 'rfpn',
    table: 'rfpn',
    title: 'Reservas Forestales Protectoras Nacionales (RFPN)',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible; descargas por área de RUNAP',
    version: 'Descargas ≤ 2025 (actos 1938–2024)',
    license: OPEN_DATA('MinAmbiente / RUNAP'),
    source: {
      ...OTLS,
      path: 'airflow/submodules/submodule_rfpn/etl_rfpn/insumos/area_reserva/',
      raw: 'areas_protegidas/rfpn_zips'
    },
    caveats:
      '57 reservas, un shapefile comprimido por reserva, unidas en la construcción y reproyectadas a WGS84 según el .prj de cada una (MAGNA-SIRGAS geográfico, Origen-Nacional o zona Bogotá). «Páramo Grande» y «Páramo El Atravesado» son reservas forestales, no delimitaciones de páramo. La resolución y la escala solo vienen en 28 archivos; 6 reservas no registran hectáreas (HARES).',
    featureCount: 57,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'name',
    onDemand: true
  },
  {
    id: 'ramsar',
    table: 'ramsar',
    title: 'Humedales Ramsar',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible',
    version: 'Corte 2024-07-31',
    license: OPEN_DATA('MinAmbiente'),
    source: {
      ...OTLS,
      path: 'airflow/submodules/submodule_hmdr/etl_hmdr/insumos/area_reserva/HUMEDALES_RAMSAR.zip',
      raw: 'areas_protegidas/humedales_ramsar_2024-07-31.zip'
    },
    caveats:
      '12 humedales de importancia internacional (MAGNA-SIRGAS, EPSG:4686). Escalas de 1:10.000 a 1:100.000; el delta de los ríos Baudó y San Juan figura «en proceso de ajustes». Varias fechas de acto son solo el año (1 de enero).',
    featureCount: 12,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'name',
    onDemand: true
  },
  {
    id: 'sustracciones_ley_segunda',
    table: 'sustracciones_ley_segunda',
    title: 'Sustracciones temporales de la Reserva Forestal de Ley 2ª (2021)',
    kind: 'ordenamiento',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible',
    version: 'Septiembre de 2021',
    license: OPEN_DATA('MinAmbiente'),
    source: {
      ...OTLS,
      path: 'airflow/submodules/submodule_rl2/etl_rl2/insumos/sustraccion/sustracciones_temporales_ley2_septiembre_2021.zip',
      raw: 'ambiental/sustracciones_temporales_ley2_2021.zip'
    },
    caveats:
      'Solo las sustracciones temporales (84, con el sector que las pidió: 30 infraestructura, 25 minería, 14 hidrocarburos, 14 generación eléctrica, 1 sin sector); los polígonos de la Reserva Forestal de Ley 2ª no vienen incluidos. Corte de 2021: no incluye sustracciones posteriores ni las definitivas. Cada sustracción se identifica como «id · acto». Sin fecha de terminación en 45 filas; varias fechas de acto son solo el año.',
    featureCount: 84,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'feature_key',
    onDemand: true
  },
  {
    id: 'sustracciones_rfpn',
    table: 'sustracciones_rfpn',
    title: 'Sustracciones de Reservas Forestales Protectoras Nacionales',
    kind: 'ordenamiento',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible',
    version: 'Escala 1:100.000, archivo de 2024-10-24',
    license: OPEN_DATA('MinAmbiente'),
    source: {
      ...OTLS,
      path: 'airflow/submodules/submodule_rfpn/etl_rfpn/insumos/sustraccion/sustracciones_de_reservas_forestales_protectoras_nacionales_escala_1:100.000.zip',
      raw: 'ambiental/sustracciones_rfpn.zip'
    },
    caveats:
      '27 áreas sustraídas (definitivas y temporales) de RFPN, reproyectadas desde Web Mercator (EPSG:3857). Una sustracción deja el área fuera de la reserva: por eso es capa de ordenamiento y no restricción ambiental. El sector viene como código (1, 3, 4, 10) sin su dominio en el archivo: se conserva tal cual (sector_code). Cada sustracción se identifica como «reserva · acto · tipo».',
    featureCount: 27,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'feature_key',
    onDemand: true
  },
  {
    id: 'compensaciones_sustracciones',
    table: 'compensaciones_sustracciones',
    title: 'Áreas de compensación por sustracción de reservas forestales',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible',
    version: 'Corte 2024-08-15',
    license: OPEN_DATA('MinAmbiente'),
    source: {
      ...OTLS,
      path: 'airflow/submodules/submodule_rfpn/etl_rfpn/insumos/compensacion/comp_sustr_reservas_20240815.zip',
      raw: 'ambiental/compensaciones_sustracciones_reservas_2024-08-15.zip'
    },
    caveats:
      '49 áreas donde se cumple la compensación exigida por sustracciones de reservas forestales (Ley 2ª y protectoras): es capa ambiental porque el área queda comprometida con la restauración o conservación. El id del archivo es 0 en todas las filas: cada área se identifica como «expediente · acto», con « (2)» cuando dos polígonos comparten ambos. El área registrada es 0 en 14 filas.',
    featureCount: 49,
    geometryType: 'Polygon/MultiPolygon',
    keyField: 'feature_key',
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
