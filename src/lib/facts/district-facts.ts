// The one computation of a district's facts: contiguity, profile, constraint matrix, consulta
// previa pre-screen, people of the ethnic features, indicators, and the layers with provenance.
// The district page (state/district.svelte.ts), the command line (node/district-facts.ts)
// and anything else that needs them call this with their own ports.
import type { DistrictProfile } from '../queries/district-profile';
import type { DistrictFacts } from '../domain/anexo2-facts';
import { constraintMatrix, type LayerCut } from '../domain/constraint-matrix';
import { connectedGroups } from '../geo/connected-groups';
import { consultaScreens } from './consulta-screens';
import { factLayers } from './fact-layers';
import { landCoverRaster } from './land-cover-raster';
import { officialAreaCut, RUNAP_REPORT_COLUMN, RUNAP_REPORT_LAYER } from './official-area-cut';
import { ANT_RECORD_LAYER, recordHits, recordPeople } from './record-hits';
import { UNNAMED_DISTRICT, type DistrictFactsInput, type FactsPorts } from './facts-ports';

export interface DistrictComputation {
  /** Connected groups of the municipios, largest first. */
  groups: string[][];
  /** Neighbours of each municipio of the district (shared border). */
  adjacency: Map<string, string[]>;
  profile: DistrictProfile;
  /** What the anexo 2 and the memoria read (its people as plain maps). */
  facts: DistrictFacts & { people: Map<string, Map<string, string>> };
}

export async function computeDistrictFacts(
  { overlay, tables, peopleOf }: FactsPorts,
  { codes, name, screenId, settings: s, layers: loaded, lists }: DistrictFactsInput
): Promise<DistrictComputation> {
  // The ANT's national record and RUNAP's report are always read: they are official registers,
  // not layers to pick.
  const [profile, indicators, recordRows, runapRows, coverRows] = await Promise.all([
    tables.profile(codes),
    tables.indicators(codes),
    tables.ethnicRecords(codes),
    tables.protectedAreas(codes),
    tables.landCoverChange(codes)
  ]);
  const byCode = new Map(profile.municipios.map((m) => [m.code, m]));
  const ids = [...new Set(codes)].filter((c) => byCode.has(c)); // order given
  const layers = loaded.filter((l) => !s.layers.length || s.layers.includes(l.id));
  const sliver = { maxHa: s.sliver_ha, maxPctOfFeature: s.sliver_pct };
  const ethnic = layers.filter((l) => l.kind === 'étnico').map((l) => l.id);
  const [adjacency, hits, people, ...cuts] = await Promise.all([
    overlay.adjacency('municipios', ids),
    overlay.hits({ areas: 'municipios', ids, layers: ethnic, bufferKm: s.buffer_km, sliver }),
    Promise.all(ethnic.map(async (id) => [id, new Map(await peopleOf(id))] as const)),
    ...layers.map((l) =>
      overlay.overlay({ municipios: 'municipios', layer: l.id, only: ids, sliver })
    )
  ]);
  // In the district's order, whatever order the engine holds its features in.
  const rank = new Map(ids.map((c, i) => [c, i]));
  const graph = new Map(
    ids.map((c) => [c, [...(adjacency[c] ?? [])].sort((x, y) => rank.get(x)! - rank.get(y)!)])
  );
  const rows = ids.map((code) => {
    const m = byCode.get(code)!;
    return { code, name: m.name, department: m.department, pdet: m.pdetSubregion };
  });
  const matrix = constraintMatrix(
    rows,
    [RUNAP_REPORT_COLUMN, ...layers.map(({ id, title, kind }) => ({ id, title, kind }))],
    new Map<string, LayerCut>([
      [RUNAP_REPORT_LAYER, officialAreaCut(runapRows, profile.municipios)],
      ...layers.map((l, i) => [l.id, cuts[i]!] as const)
    ]),
    lists
  );
  const records = recordHits(recordRows, ids);
  const { screens, district } = consultaScreens(
    hits,
    ids,
    s.buffer_km,
    { id: screenId ?? 'distrito', areaHa: profile.areaKm2 * 100 },
    records
  );
  return {
    groups: connectedGroups(graph),
    adjacency: graph,
    profile,
    facts: {
      name: name.trim() || UNNAMED_DISTRICT,
      profile,
      indicators,
      matrix,
      screens,
      district,
      bufferKm: s.buffer_km,
      people: new Map([...people, [ANT_RECORD_LAYER, recordPeople(records)]]),
      rasters: landCoverRaster(coverRows),
      ...factLayers(loaded, lists)
    }
  };
}
