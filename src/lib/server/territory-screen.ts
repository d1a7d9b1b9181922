// Server side: the consulta previa pre-screen of a PEG action's territory (guide §3.2, §4) — its
// municipios, or the area drawn for it — with the same engine and rules as the district's facts
// (OverlaySession hits → facts/consulta-screens.ts) over the bundled ethnic layers, loaded once
// per process, and the current version of each ethnic layer of the team library. The result is stored with the action, so the list the Ministerio del
// Interior reads does not depend on any one browser.
import type { Polygon } from 'geojson';
import type { ConsultaScreen } from '../domain/consulta-previa-screen';
import { DEFAULT_PROXIMITY_BUFFER_KM } from '../domain/proximity-buffer';
import { layerById } from '../catalog/catalog';
import { consultaScreens } from '../facts/consulta-screens';
import { ANT_RECORD_LAYER, recordHits } from '../facts/record-hits';
import { geodesicAreaHa } from '../geo/geodesic-area';
import { DEFAULT_SLIVER_THRESHOLD } from '../geo/sliver-threshold';
import type { TeamLayerStore } from '../domain/store/team-layer-store';
import { ETHNIC, screenEngine } from './screen-engine';
import { syncTeamScreenLayers } from './team-screen-layers';

const LAYER = 'territorio-accion';

/** The ethnic layers the screen reads (titles), for the record that goes with each flag. */
export async function screenedLayers(library: TeamLayerStore | null): Promise<string[]> {
  const team = await syncTeamScreenLayers(await screenEngine(), library);
  return [
    ...ETHNIC.map((l) => l.title),
    ...team.map((t) => t.label),
    layerById(ANT_RECORD_LAYER)!.title
  ];
}

/** `library`: the team library whose current ethnic layers are screened too (null: none). */
export async function screenTerritory(
  territory: { municipios: string[]; area: Polygon | null },
  library: TeamLayerStore | null,
  bufferKm = DEFAULT_PROXIMITY_BUFFER_KM
): Promise<ConsultaScreen> {
  const engine = await screenEngine();
  const { session, municipios, records } = engine;
  const team = await syncTeamScreenLayers(engine, library);
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
      layers: [...ETHNIC.map((l) => l.id), ...team.map((t) => t.ref)],
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
