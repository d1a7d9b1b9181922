// The re-screen after a new version of a team layer (issue 20): every saved district computed by
// the same function as its page (district-facts.ts), once with the version before and once with the
// new one, and what changes (facts/layer-version-changes.ts). `atlas capas cambios` and the
// server's background job (server/team-layers/rescreen-jobs.ts) both call this.
// Only features near a district (its municipios' boxes plus the buffer) can change it: the others
// are left out of its computation, and a district none comes near is not recomputed. Of the
// bundled polygon layers only the ethnic ones are loaded: the changes read the team layer's cells,
// the consulta previa flags (ethnic layers and the ANT record) and the criteria on the team layer,
// and no other layer differs between the two computations.
import { OVERLAY_LAYERS } from '../catalog/catalog';
import { NotFoundError } from '../domain/errors/not-found-error';
import { RuleError } from '../domain/errors/rule-error';
import { parseCriteria } from '../domain/inclusion-criteria';
import type { DistrictRecord } from '../domain/model/district';
import type { CambiosOutput } from '../domain/model/layer-rescreen';
import type { TeamLayerVersion } from '../domain/model/team-layer';
import type { DistrictStore } from '../domain/store/district-store';
import type { TeamLayerStore } from '../domain/store/team-layer-store';
import { layerVersionChanges } from '../facts/layer-version-changes';
import type { Row } from './arrow-rows';
import { openDistrictContext, type DistrictContext } from './district-facts';
import { readArrowRows } from './read-arrow-rows';
import { teamLayerData, type TeamLayerData } from './team-layer-data';
import { teamNodeLayer } from './team-node-layer';

export interface RescreenSource {
  teamLayers: TeamLayerStore;
  districts: DistrictStore;
}

export interface RescreenProgress {
  /** Districts finished, of `total`; `district` is the id of the last one (null before the first). */
  done: number;
  total: number;
  district: string | null;
}

export interface RescreenOptions {
  /** The version to compare with the one before it (default: the current one). */
  version?: number;
  /** Called before the first district and after each one; awaited, so it may yield to other
   * work. */
  onProgress?: (p: RescreenProgress) => void | Promise<void>;
}

const ETHNIC_OVERLAYS = OVERLAY_LAYERS.filter((l) => l.kind === 'étnico');

type Box = readonly [number, number, number, number];
const boxOf = (get: (column: string) => unknown): Box => [
  Number(get('min_lon')),
  Number(get('min_lat')),
  Number(get('max_lon')),
  Number(get('max_lat'))
];
const box = (r: Row): Box => boxOf((c) => r[c]);
/** Degrees that surely cover `km` in Colombia (|lat| < 14°: a degree is over 100 km). */
const KM_PER_DEGREE_BELOW = 100;
const meets = (a: Box, b: Box, margin: number) =>
  a[0] - margin <= b[2] && b[0] - margin <= a[2] && a[1] - margin <= b[3] && b[1] - margin <= a[3];

/** A district's municipio boxes and its buffer in degrees. */
interface Reach {
  boxes: Box[];
  margin: number;
}
const reaches = (r: Reach, b: Box) => r.boxes.some((m) => meets(m, b, r.margin));

/** The version compared and the one before it; NotFoundError or RuleError when there is none. */
async function versions(source: RescreenSource, id: string, version?: number) {
  const entry = (await source.teamLayers.list()).find((l) => l.id === id);
  if (!entry) throw NotFoundError.teamLayer(id);
  if (entry.kind === 'tabla')
    throw new RuleError(
      'team-layer-table',
      `«${id}» es una tabla por código DANE: el re-análisis compara capas con geometrías.`
    );
  const latest =
    version === undefined
      ? await source.teamLayers.current(id)
      : await source.teamLayers.version(id, version);
  if (!latest) throw NotFoundError.allRetired(id);
  const earlier = entry.versions.filter((v) => v.version < latest.version && !v.retired_at);
  return { entry, latest, previous: earlier.at(-1) ?? null };
}

/** The saved districts with their reach, and both versions with only the features near some
 * district decoded. */
async function inputs(
  source: RescreenSource,
  { entry, latest, previous }: Awaited<ReturnType<typeof versions>>,
  municipioBox: ReadonlyMap<string, Box>
) {
  const records = await Promise.all(
    (await source.districts.list()).map((d) => source.districts.get(d.id))
  );
  const districts = records
    .filter((d): d is DistrictRecord => d !== null)
    .map((d) => ({
      record: d,
      reach: {
        boxes: d.municipios.flatMap((c) => {
          const m = municipioBox.get(c);
          return m ? [m] : [];
        }),
        margin: d.settings.buffer_km / KM_PER_DEGREE_BELOW
      }
    }));
  const data = (v: TeamLayerVersion) =>
    teamLayerData(source.teamLayers, entry, v, (get) =>
      districts.some((d) => reaches(d.reach, boxOf(get)))
    );
  return {
    latest: await data(latest),
    previous: previous && (await data(previous)),
    districts
  };
}

export async function layerVersionRescreen(
  source: RescreenSource,
  id: string,
  dataDir: string,
  { version, onProgress }: RescreenOptions = {}
): Promise<CambiosOutput> {
  const municipioBox = new Map(
    (await readArrowRows(dataDir, 'municipios')).map((r) => [String(r.code), box(r)])
  );
  const compared = await versions(source, id, version);
  // Opened for the first district near the layer: a layer far from every district needs no DuckDB.
  let context: DistrictContext | null = null;
  const distritos: CambiosOutput['distritos'] = [];
  const near = (data: TeamLayerData, reach: Reach): TeamLayerData => ({
    ...data,
    rows: data.rows.filter((r) => reaches(reach, box(r)))
  });
  let recalculados = 0;
  try {
    const { latest, previous, districts } = await inputs(source, compared, municipioBox);
    await onProgress?.({ done: 0, total: districts.length, district: null });
    for (const { record: d, reach } of districts) {
      const after = near(latest, reach);
      const before = previous && near(previous, reach);
      if (!after.rows.length && !before?.rows.length) {
        distritos.push({ id: d.id, nombre: d.name, cambios: [] });
      } else {
        recalculados++;
        const options = {
          name: d.name,
          bufferKm: d.settings.buffer_km,
          sliver: { maxHa: d.settings.sliver_ha, maxPctOfFeature: d.settings.sliver_pct }
        };
        context ??= await openDistrictContext(dataDir, ETHNIC_OVERLAYS);
        const beforeLayer = before && teamNodeLayer(before);
        const afterLayer = teamNodeLayer(after);
        const a = await context.compute(d.municipios, {
          ...options,
          layers: beforeLayer ? [beforeLayer] : []
        });
        const b = await context.compute(d.municipios, { ...options, layers: [afterLayer] });
        distritos.push({
          id: d.id,
          nombre: d.name,
          cambios: layerVersionChanges(a.facts, beforeLayer?.id ?? null, b.facts, afterLayer.id, {
            criteria: parseCriteria(d.settings.criteria),
            groups: b.groups
          })
        });
      }
      await onProgress?.({ done: distritos.length, total: districts.length, district: d.id });
    }
    return {
      capa: id,
      version: latest.version.version,
      anterior: previous?.version.version ?? null,
      recalculados,
      distritos
    };
  } finally {
    await context?.close();
  }
}
