// Server side: the consulta previa pre-screen of a PEG action's territory (guide §3.2, §4) — its
// municipios, or the area drawn for it — with the same engine and rules as the district's facts
// (OverlaySession hits → facts/consulta-screens.ts) over the bundled ethnic layers, loaded once
// per process. The result is stored with the action, so the list the Ministerio del
// Interior reads does not depend on any one browser.
import type { Polygon } from 'geojson';
import type { ConsultaScreen } from '../domain/consulta-previa-screen';
import { DEFAULT_PROXIMITY_BUFFER_KM } from '../domain/proximity-buffer';
import { layerById } from '../catalog/catalog';
import { consultaScreens } from '../facts/consulta-screens';
import { ANT_RECORD_LAYER, recordHits } from '../facts/record-hits';
import { geodesicAreaHa } from '../geo/geodesic-area';
import { DEFAULT_SLIVER_THRESHOLD } from '../geo/sliver-threshold';
import { ETHNIC, screenEngine } from './screen-engine';

const LAYER = 'territorio-accion';

/** The ethnic layers the screen reads (titles), for the record that goes with each flag. */
export const screenedLayers = (): string[] => [
  ...ETHNIC.map((l) => l.title),
  layerById(ANT_RECORD_LAYER)!.title
];

export async function screenTerritory(
  territory: { municipios: string[]; area: Polygon | null },
  bufferKm = DEFAULT_PROXIMITY_BUFFER_KM
): Promise<ConsultaScreen> {
  const { session, municipios, records } = await screenEngine();
  const parts = territory.area
    ? [{ id: 'área dibujada', geometry: territory.area as Polygon | string }]
    : territory.municipios.flatMap((c) => {
        const r = municipios.get(c);
        return r ? [{ id: c, geometry: String(r.geometry) }] : [];
      });
  const areaHa = territory.area
    ? geodesicAreaHa(territory.area)
    : territory.municipios.reduce(
        (s, c) => s + Number(municipios.get(c)?.area_official_km2 ?? 0) * 100,
        0
      );
  // Synchronous from here on: no other request can interleave on the temporary layer.
  session.load({ layer: LAYER, features: parts });
  try {
    const hits = session.hits({
      areas: LAYER,
      ids: parts.map((p) => p.id),
      layers: ETHNIC.map((l) => l.id),
      bufferKm,
      sliver: DEFAULT_SLIVER_THRESHOLD
    });
    return consultaScreens(
      hits,
      parts.map((p) => p.id),
      bufferKm,
      { id: 'accion', areaHa },
      // A drawn area cannot be placed against a record with no polygon: municipios only.
      territory.area ? [] : recordHits(records, territory.municipios)
    ).district;
  } finally {
    session.unload(LAYER);
  }
}
