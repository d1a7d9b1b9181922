// LEAME.txt of the DANCP evidence pack: what the pack is and is not, the district, the flag rules
// with the numbers used, the layers checked (with provenance) and those not loaded, and each
// file with its coordinate system.
import type { EvidencePackInput } from './evidence-pack-input';

const FLAG: Record<string, string> = {
  superposicion: 'superposición',
  proximidad: 'proximidad',
  sin_registro: 'sin registro en las capas cargadas'
};

/** `notes`: what the export changed (shapefile field renames, features left out). */
export function evidenceReadme(input: EvidencePackInput, notes: string[]): string {
  const { district, screens, bufferKm, sliver, sources, missing } = input;
  const flagOf = new Map(screens.municipios.map((s) => [s.code, s.flag]));
  const list = (items: string[], none: string) => (items.length ? items : [`- ${none}`]);
  return [
    'PAQUETE DE EVIDENCIAS PARA LA DANCP — CONSULTA PREVIA (PRE-ANÁLISIS)',
    `Atlas DMEDP. Generado: ${input.generatedAt}`,
    '',
    `Distrito: ${district.name} (${district.id})`,
    `Alerta del distrito: ${FLAG[screens.district.flag]}`,
    `Municipios (${district.municipios.length}):`,
    ...district.municipios.map(
      (m) =>
        `- ${m.code} ${m.name} (${m.department}): ${FLAG[flagOf.get(m.code) ?? 'sin_registro']}`
    ),
    '',
    'QUÉ ES',
    'La geometría del distrito y de sus municipios, los elementos étnicos detrás de alguna alerta y',
    'la tabla de traslapes y distancias, para acompañar una solicitud ante la Dirección de la',
    'Autoridad Nacional de Consulta Previa (DANCP).',
    '',
    'ES UN PRE-ANÁLISIS, NO UNA DECISIÓN',
    'La DANCP decide por afectación directa (Corte Constitucional, sentencia SU-123/2018), no por la',
    'sola presencia ni por la distancia. «Sin registro» no significa que no haya comunidades: solo',
    'que no aparecen en las capas revisadas, que pueden estar incompletas.',
    '',
    'REGLAS DE LAS ALERTAS',
    '- superposicion: traslape con un elemento étnico por encima del umbral de borde.',
    `- proximidad: un elemento étnico a ${bufferKm} km o menos (distancia geodésica), o un traslape`,
    '  que es solo una franja de borde.',
    `- sin_registro: ningún elemento de las capas revisadas se traslapa ni está a ${bufferKm} km o menos.`,
    `Distancia de proximidad: ${bufferKm} km. Es un supuesto de la plataforma: la DANCP no publica`,
    'una distancia fija.',
    `Umbral de borde: un traslape es franja de borde si mide menos de ${sliver.maxHa} ha y menos del`,
    `${sliver.maxPctOfFeature} % del área del elemento (capas de productores distintos no comparten`,
    'bordes exactos).',
    'Áreas y distancias geodésicas sobre el elipsoide WGS84 (GeographicLib).',
    '',
    'CAPAS ÉTNICAS REVISADAS',
    ...list(
      sources.map(
        (s) =>
          `- ${s.title}\n  Productor: ${s.producer || 'no registrado'}\n  Fecha de corte: ${s.cutoff || 'no registrada'}\n  Licencia: ${s.license || 'no registrada'}\n  Fuente: ${s.source || 'no registrada'}`
      ),
      'Ninguna'
    ),
    '',
    'CAPAS ÉTNICAS OFICIALES NO CARGADAS (sus comunidades no se revisaron)',
    ...list(
      missing.map((m) => `- ${m.title} — ${m.producer} (${m.where})`),
      'Ninguna'
    ),
    '',
    'ARCHIVOS',
    '- traslapes_y_distancias.csv: una fila por ámbito («distrito» o código DANE del municipio) y',
    '  elemento étnico, con la alerta del ámbito; UTF-8 con BOM, coma como separador, punto decimal,',
    '  números sin redondear; pct_del_area es el % del área del ámbito; traslape_ha, pct_del_area',
    '  y borde quedan vacíos si no hay traslape; distancia_km es geodésica (0 si se tocan).',
    '- *_4686.geojson y shapefile_4686/: EPSG:4686 MAGNA-SIRGAS, longitud/latitud en grados (orden',
    '  de CRS84); el GeoJSON lo nombra en el miembro "crs" (urn:ogc:def:crs:EPSG::4686).',
    '- *_9377.geojson y shapefile_9377/: EPSG:9377 MAGNA-SIRGAS / Origen-Nacional, este/norte en',
    '  metros. RFC 7946 pide GeoJSON en longitud/latitud WGS84: este GeoJSON usa el miembro "crs"',
    '  heredado (urn:ogc:def:crs:EPSG::9377), que leen QGIS, GDAL y ArcGIS.',
    '- distrito: la unión de los municipios; municipios: cada municipio con su alerta;',
    '  elementos_etnicos: los elementos detrás de alguna alerta, con su capa y pueblo (sin shapefile',
    '  si no hay ninguno).',
    '- Shapefiles: .shp .shx .dbf .prj .cpg; el .dbf en UTF-8 (lo dice el .cpg), el .prj en Esri WKT.',
    '  Las coordenadas de la plataforma (WGS84) se toman como MAGNA-SIRGAS: iguales a escala de mapa.',
    ...(notes.length ? ['', 'CAMBIOS AL EXPORTAR', ...notes.map((n) => `- ${n}`)] : []),
    ''
  ].join('\n');
}
