// Node only: the facts of a district the anexo 2 is pre-filled from, computed as the browser's
// district workspace computes them (state/district.svelte.ts) — the profile and indicators in
// DuckDB, the constraint matrix and the consulta previa screens with the overlay engine over the
// bundled polygon layers.
import type { DistrictFacts, FactLayer } from '../../domain/anexo2-facts';
import { constraintMatrix, type LayerCut } from '../../domain/constraint-matrix';
import { screenConsulta } from '../../domain/consulta-previa-screen';
import { districtScreen } from '../../domain/district-screen';
import { DEFAULT_PROXIMITY_BUFFER_KM } from '../../domain/proximity-buffer';
import { OverlaySession } from '../../geo/overlay-session';
import { DEFAULT_SLIVER_THRESHOLD, type SliverThreshold } from '../../geo/sliver-threshold';
import { MISSING_LAYERS, OVERLAY_LAYERS } from '../catalog';
import { catalogFactLayers } from '../catalog-fact-layers';
import { districtIndicators } from '../district-indicators';
import { districtProfile } from '../district-profile';
import { openBundledDb } from './open-bundled-db';
import { readArrowRows } from './read-arrow-rows';
import { rowsToWire } from './rows-to-wire';

export interface DistrictFactsOptions {
  name?: string;
  bufferKm?: number;
  sliver?: SliverThreshold;
}

export async function districtFacts(
  dataDir: string,
  codes: string[],
  {
    name,
    bufferKm = DEFAULT_PROXIMITY_BUFFER_KM,
    sliver = DEFAULT_SLIVER_THRESHOLD
  }: DistrictFactsOptions = {}
): Promise<DistrictFacts> {
  const db = await openBundledDb(dataDir);
  const [profile, indicators] = await Promise.all([
    districtProfile(db, codes),
    districtIndicators(db, codes)
  ]).finally(() => db.close());
  const municipios = await readArrowRows(dataDir, 'municipios');
  const ids = [...new Set(codes)].filter((c) => municipios.some((r) => r.code === c)); // order given
  const session = await OverlaySession.open();
  session.load({
    layer: 'municipios',
    features: rowsToWire(
      municipios.filter((r) => ids.includes(String(r.code))),
      'code'
    )
  });
  const cuts = new Map<string, LayerCut>();
  const people = new Map<string, Map<string, string>>(); // ethnic feature → pueblo
  for (const l of OVERLAY_LAYERS) {
    const lrows = await readArrowRows(dataDir, l.table);
    session.load({ layer: l.id, features: rowsToWire(lrows, l.keyField) });
    cuts.set(l.id, session.overlay({ municipios: 'municipios', layer: l.id, only: ids, sliver }));
    if (l.kind === 'étnico')
      people.set(l.id, new Map(lrows.map((r) => [String(r[l.keyField]), String(r.people ?? '')])));
  }
  const ethnic = OVERLAY_LAYERS.filter((l) => l.kind === 'étnico');
  const hits = session.hits({
    areas: 'municipios',
    ids,
    layers: ethnic.map((l) => l.id),
    bufferKm,
    sliver
  });
  for (const l of ['municipios', ...OVERLAY_LAYERS.map((o) => o.id)]) session.unload(l);
  const byCode = new Map(profile.municipios.map((m) => [m.code, m]));
  const rows = ids.map((code) => {
    const m = byCode.get(code)!;
    return { code, name: m.name, department: m.department, pdet: m.pdetSubregion };
  });
  const screens = ids.map((c) => screenConsulta(c, hits[c]!.overlaps, hits[c]!.near, bufferKm));
  const layers: FactLayer[] = catalogFactLayers();
  return {
    name: name ?? 'Distrito sin nombre',
    profile,
    indicators,
    matrix: constraintMatrix(rows, OVERLAY_LAYERS, cuts),
    screens,
    district: districtScreen('distrito', screens, profile.areaKm2 * 100),
    bufferKm,
    people,
    layers,
    missingLayers: [...MISSING_LAYERS]
  };
}
