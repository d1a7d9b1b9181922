// Node only: the facts of a district (lib/facts/district-facts.ts) with an in-process overlay
// session and the bundled DuckDB as ports — the bundled polygon layers plus any imported ones
// (command line --capa) and imported municipio lists (--lista), as the district page has them.
import { DEFAULT_PROXIMITY_BUFFER_KM } from '../domain/proximity-buffer';
import { computeDistrictFacts, type DistrictComputation } from '../facts/district-facts';
import type { FactsLayer, FactsList, OverlayPort } from '../facts/facts-ports';
import { sessionOverlayPort } from '../facts/session-overlay-port';
import { OverlaySession, type WireFeature } from '../geo/overlay-session';
import { DEFAULT_SLIVER_THRESHOLD, type SliverThreshold } from '../geo/sliver-threshold';
import { BUNDLED_LAYERS, OVERLAY_LAYERS, type BundledLayer } from '../catalog/catalog';
import { districtIndicators } from '../queries/district-indicators';
import { ethnicRecords } from '../queries/ethnic-records';
import { protectedAreaReport } from '../queries/protected-area-report';
import { landCoverChange } from '../queries/land-cover-change';
import { districtProfile } from '../queries/district-profile';
import { openBundledDb } from './open-bundled-db';
import { readArrowRows } from './read-arrow-rows';
import { rowsToWire } from './rows-to-wire';
import { nearBox } from '../geo/near-box';
import type { BBox } from 'geojson';

/** A row's bbox columns, or null when it has none. */
function rowBox(r: Record<string, unknown>): BBox | null {
  const b = [r.min_lon, r.min_lat, r.max_lon, r.max_lat].map(Number);
  return b.every(Number.isFinite) ? (b as BBox) : null;
}

const boxesMeet = (a: BBox | null, b: BBox) =>
  !a || (a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1]);

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

export interface DistrictContext {
  compute(codes: string[], options?: DistrictFactsOptions): Promise<DistrictComputation>;
  close(): Promise<void>;
}

/** Where the computations of a context will be: only bundled features near them are loaded. */
export interface DistrictsNear {
  codes: readonly string[];
  bufferKm: number;
}

/** DuckDB and the overlay session with the bundled layers, opened once for many districts (a
 * re-screen computes every saved district twice); each computation loads its own municipios and
 * imported layers and unloads them after. `overlays`: the bundled polygon layers to load (all by
 * default; a re-screen, which compares one team layer, needs only the ethnic ones for the flags).
 * With `near`, features of those layers whose box lies beyond the buffer of those municipios are
 * left out (features are kept whole, so their areas and cuts are as with the whole layer), and a
 * computation elsewhere is refused. */
export async function openDistrictContext(
  dataDir: string,
  overlays: readonly BundledLayer[] = OVERLAY_LAYERS,
  near?: DistrictsNear
): Promise<DistrictContext> {
  // The tables the district queries read; the polygon layers live in the overlay session.
  const db = await openBundledDb(
    dataDir,
    BUNDLED_LAYERS.filter((l) => !OVERLAY_LAYERS.includes(l))
  );
  const session = await OverlaySession.open();
  const municipios = await readArrowRows(dataDir, 'municipios');
  const box = near
    ? nearBox(
        municipios
          .filter((r) => near.codes.includes(String(r.code)))
          .map(rowBox)
          .filter((b) => b !== null),
        near.bufferKm
      )
    : null;
  const bundledPeople = new Map<string, ReadonlyMap<string, string>>(); // layer → feature → pueblo
  for (const l of overlays) {
    const rows = await readArrowRows(dataDir, l.table);
    const kept = box ? rows.filter((r) => boxesMeet(rowBox(r), box)) : rows;
    session.load({ layer: l.id, features: rowsToWire(kept, l.keyField) });
    if (l.kind === 'étnico')
      bundledPeople.set(
        l.id,
        new Map(rows.map((r) => [String(r[l.keyField]), String(r.people ?? '')]))
      );
  }
  const tables = {
    profile: (c: string[]) => districtProfile(db, c),
    indicators: (c: string[]) => districtIndicators(db, c),
    ethnicRecords: (c: string[]) => ethnicRecords(db, c),
    protectedAreas: (c: string[]) => protectedAreaReport(db, c),
    landCoverChange: (c: string[]) => landCoverChange(db, c)
  };
  // Cuts of bundled layers depend only on the municipios asked for and the sliver threshold, not
  // on the other layers loaded: the context keeps them for the next computation.
  const base = sessionOverlayPort(session);
  const bundled = new Set(overlays.map((l) => l.id));
  const cuts = new Map<string, ReturnType<OverlayPort['overlay']>>();
  const overlay: OverlayPort = {
    ...base,
    overlay: (request) => {
      if (!bundled.has(request.layer)) return base.overlay(request);
      const key = JSON.stringify(request);
      const cut = cuts.get(key) ?? base.overlay(request);
      cuts.set(key, cut);
      return cut;
    }
  };
  const compute = async (
    codes: string[],
    {
      name = '',
      bufferKm = DEFAULT_PROXIMITY_BUFFER_KM,
      sliver = DEFAULT_SLIVER_THRESHOLD,
      layers: imported = [],
      lists = []
    }: DistrictFactsOptions = {}
  ): Promise<DistrictComputation> => {
    if (near && (bufferKm > near.bufferKm || codes.some((c) => !near.codes.includes(c))))
      throw new Error('El contexto se abrió para otros municipios o un buffer menor.');
    const wanted = new Set(codes);
    const people = new Map(bundledPeople);
    session.load({
      layer: 'municipios',
      features: rowsToWire(
        municipios.filter((r) => wanted.has(String(r.code))),
        'code'
      )
    });
    for (const l of imported) {
      session.load({ layer: l.id, features: l.features });
      if (l.people) people.set(l.id, l.people);
    }
    const layers: FactsLayer[] = [
      ...overlays.map(({ id, title, kind }) => ({ id, title, kind })),
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
          overlay,
          tables,
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
      for (const l of imported) session.unload(l.id);
      session.unload('municipios');
    }
  };
  // One computation at a time: each loads the shared `municipios` layer and awaits DuckDB before
  // its overlays, so two at once would cut against each other's municipios.
  let queue: Promise<unknown> = Promise.resolve();
  const serial: DistrictContext['compute'] = (codes, options) => {
    const run = queue.then(() => compute(codes, options));
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    compute: serial,
    close: async () => {
      for (const l of overlays) session.unload(l.id);
      await db.close();
    }
  };
}

/** One district's computation in its own context. */
export async function districtComputation(
  dataDir: string,
  codes: string[],
  options: DistrictFactsOptions = {}
): Promise<DistrictComputation> {
  const near = { codes, bufferKm: options.bufferKm ?? DEFAULT_PROXIMITY_BUFFER_KM };
  const context = await openDistrictContext(dataDir, OVERLAY_LAYERS, near);
  try {
    return await context.compute(codes, options);
  } finally {
    await context.close();
  }
}
