// Real polygon layers with partial or regional coverage (Caquetá clips, MinAmbiente reserves,
// wetlands, subtractions and compensations).
import type { BundledLayer } from './layer-types';
import { OTLS, CAQUETA_STUDY, OPEN_DATA, CLIPPED } from './layer-sources';

export const REGIONAL_POLYGONS: readonly BundledLayer[] = [
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
