// Boundaries, socioeconomic tables and the first samples (MGN 2018, DANE, DNP, ODPI).
import type { BundledLayer } from './layer-types';
import { MGN, IRV, DANE_LICENSE } from './layer-sources';

export const BASE_LAYERS: readonly BundledLayer[] = [
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
  }
];
