// Node only: the facts of a district (lib/facts/district-facts.ts) with an in-process overlay
// session and the bundled DuckDB as ports — the bundled polygon layers plus any imported ones
// (command line --capa) and imported municipio lists (--lista), as the district page has them.
import { DEFAULT_PROXIMITY_BUFFER_KM } from '../domain/proximity-buffer';
import { computeDistrictFacts, type DistrictComputation } from '../facts/district-facts';
import type { FactsLayer, FactsList } from '../facts/facts-ports';
import { sessionOverlayPort } from '../facts/session-overlay-port';
import { OverlaySession, type WireFeature } from '../geo/overlay-session';
import { DEFAULT_SLIVER_THRESHOLD, type SliverThreshold } from '../geo/sliver-threshold';
import { OVERLAY_LAYERS } from '../catalog/catalog';
import { districtIndicators } from '../queries/district-indicators';
import { ethnicRecords } from '../queries/ethnic-records';
import { protectedAreaReport } from '../queries/protected-area-report';
import { landCoverChange } from '../queries/land-cover-change';
import { districtProfile } from '../queries/district-profile';
import { openBundledDb } from './open-bundled-db';
import { readArrowRows } from './read-arrow-rows';
import { rowsToWire } from './rows-to-wire';

/** A polygon layer imported from a file: its features keyed, and the people of each feature. */
export interface NodeLayer extends FactsLayer {
  features: WireFeature[];
  people?: ReadonlyMap<string, string>;
}

export interface DistrictFactsOptions {
  name?: string;
  bufferKm?: number;
  sliver?: SliverThreshold;
  layers?: NodeLayer[];
  lists?: FactsList[];
}

export async function districtComputation(
  dataDir: string,
  codes: string[],
  {
    name = '',
    bufferKm = DEFAULT_PROXIMITY_BUFFER_KM,
    sliver = DEFAULT_SLIVER_THRESHOLD,
    layers: imported = [],
    lists = []
  }: DistrictFactsOptions = {}
): Promise<DistrictComputation> {
  const db = await openBundledDb(dataDir);
  const session = await OverlaySession.open();
  const municipios = await readArrowRows(dataDir, 'municipios');
  const wanted = new Set(codes);
  const people = new Map<string, ReadonlyMap<string, string>>(); // layer → feature → pueblo
  session.load({
    layer: 'municipios',
    features: rowsToWire(
      municipios.filter((r) => wanted.has(String(r.code))),
      'code'
    )
  });
  for (const l of OVERLAY_LAYERS) {
    const rows = await readArrowRows(dataDir, l.table);
    session.load({ layer: l.id, features: rowsToWire(rows, l.keyField) });
    if (l.kind === 'étnico')
      people.set(l.id, new Map(rows.map((r) => [String(r[l.keyField]), String(r.people ?? '')])));
  }
  for (const l of imported) {
    session.load({ layer: l.id, features: l.features });
    if (l.people) people.set(l.id, l.people);
  }
  const layers: FactsLayer[] = [
    ...OVERLAY_LAYERS.map(({ id, title, kind }) => ({ id, title, kind })),
    ...imported.map(({ id, title, kind, provenance }) => ({
      id,
      title,
      kind,
      ...(provenance ? { provenance } : {})
    }))
  ];
  try {
    return await computeDistrictFacts(
      {
        overlay: sessionOverlayPort(session),
        tables: {
          profile: (c) => districtProfile(db, c),
          indicators: (c) => districtIndicators(db, c),
          ethnicRecords: (c) => ethnicRecords(db, c),
          protectedAreas: (c) => protectedAreaReport(db, c),
          landCoverChange: (c) => landCoverChange(db, c)
        },
        peopleOf: async (id) => people.get(id) ?? new Map()
      },
      {
        codes,
        name,
        settings: {
          buffer_km: bufferKm,
          sliver_ha: sliver.maxHa,
          sliver_pct: sliver.maxPctOfFeature,
          layers: []
        },
        layers,
        lists
      }
    );
  } finally {
    for (const l of layers) session.unload(l.id);
    session.unload('municipios');
    await db.close();
  }
}
