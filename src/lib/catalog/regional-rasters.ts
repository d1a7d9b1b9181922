// Real rasters with regional coverage, bundled as their zonal statistics per municipio (the
// pixels stay in sources/; the app reads the table).
import type { BundledLayer } from './layer-types';
import { CAQUETA_STUDY } from './layer-sources';

export const LAND_COVER_CHANGE = 'transicion_cobertura_caqueta';

/** Class codes of the transition raster and their names (its author's analysis_functions.py). */
export const LAND_COVER_CLASSES: readonly { code: number; column: string; name: string }[] = [
  { code: 0, column: 'sin_cambio_ha', name: 'sin cambio' },
  { code: 1, column: 'bosque_a_antropico_ha', name: 'bosque → uso antrópico' },
  { code: 2, column: 'antropico_a_bosque_ha', name: 'uso antrópico → bosque' },
  { code: 3, column: 'bosque_a_natural_ha', name: 'bosque → natural no forestal' },
  { code: 4, column: 'otra_transicion_ha', name: 'otra transición' }
];

export const REGIONAL_RASTERS: readonly BundledLayer[] = [
  {
    id: LAND_COVER_CHANGE,
    table: LAND_COVER_CHANGE,
    title: 'Transición de cobertura 2022 → 2023 — Caquetá (derivado de MapBiomas)',
    kind: 'ambiental',
    producer:
      'Derivado por un tercero de los mapas de cobertura MapBiomas Colombia (colección 2) 2022 y 2023',
    version: '2022 → 2023',
    license: 'No declarada en el repositorio (datos abiertos de MapBiomas Colombia)',
    source: {
      ...CAQUETA_STUDY,
      path: 'results/TRANSICIONES/transicion_2022_to_2023.tif',
      raw: 'raster/transicion_cobertura_2022_2023_caqueta_mapbiomas.tif'
    },
    caveats:
      'Ráster de ≈30 m (18.748 × 13.524 píxeles) hecho por un tercero a partir de MapBiomas Colombia; no es la cifra oficial de deforestación del IDEAM. Clases: 0 sin cambio, 1 bosque → uso antrópico, 2 uso antrópico → bosque, 3 bosque → natural no forestal, 4 otra transición. No declara «sin dato»: el 0 cubre también lo que quedó fuera del análisis del autor, por eso solo se resumen los 16 municipios de Caquetá. Un píxel cuenta en el municipio que contiene su centro; hectáreas por el área real de cada píxel en el elipsoide.',
    featureCount: 16,
    geometryType: null,
    keyField: 'code',
    onDemand: true
  }
];
