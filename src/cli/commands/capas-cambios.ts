// `atlas capas cambios --capa <id>`: what the latest version of a team layer changes in every
// saved district of the store of ATLAS_DB, against the version before it: overlaps that appear,
// disappear or change area, and consulta previa flags that flip. Each district is computed twice
// by the same function as its page (node/district-facts.ts), once with each version.
import { NotFoundError } from '../../lib/domain/errors/not-found-error';
import type { DistrictRecord } from '../../lib/domain/model/district';
import type { TeamLayerVersion } from '../../lib/domain/model/team-layer';
import { layerVersionChanges, type MunicipioChange } from '../../lib/facts/layer-version-changes';
import type { Row } from '../../lib/node/arrow-rows';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { openDistrictContext } from '../../lib/node/district-facts';
import { CliError } from '../cli-error';
import { formatTable } from '../format-table';
import { requireLibraryFile, withStores } from '../team-library';
import { allRetired, teamLayerData, type TeamLayerData } from '../team-layers';
import { teamNodeLayer } from '../team-node-layer';

export interface CambiosOutput {
  capa: string;
  version: number;
  anterior: number | null;
  /** Districts recomputed: those whose municipios (plus the buffer) meet either version. */
  recalculados: number;
  distritos: { id: string; nombre: string; cambios: MunicipioChange[] }[];
}

type Box = readonly [number, number, number, number];
const box = (r: Row): Box => [
  Number(r.min_lon),
  Number(r.min_lat),
  Number(r.max_lon),
  Number(r.max_lat)
];
/** Degrees that surely cover `km` in Colombia (|lat| < 14°: a degree is over 100 km). */
const KM_PER_DEGREE_BELOW = 100;
const meets = (a: Box, b: Box, margin: number) =>
  a[0] - margin <= b[2] && b[0] - margin <= a[2] && a[1] - margin <= b[3] && b[1] - margin <= a[3];

const FLAG = { superposicion: 'superposición', proximidad: 'proximidad', sin_registro: '—' };

function inputs(id: string) {
  requireLibraryFile(id);
  return withStores((s) => {
    const entry = s.teamLayers.list().find((l) => l.id === id);
    if (!entry) throw NotFoundError.teamLayer(id);
    if (entry.kind === 'tabla')
      throw new CliError(
        `«${id}» es una tabla por código DANE: «capas cambios» compara capas con geometrías.`
      );
    const latest = s.teamLayers.current(id);
    if (!latest) throw allRetired(id);
    const earlier = entry.versions.filter((v) => v.version < latest.version && !v.retired_at);
    const previous = earlier.at(-1) ?? null;
    const data = (v: TeamLayerVersion) => teamLayerData(s.teamLayers, entry, v);
    const districts = s.districts
      .list()
      .map((d) => s.districts.get(d.id))
      .filter((d): d is DistrictRecord => d !== null);
    return { latest: data(latest), previous: previous && data(previous), districts };
  });
}

export async function capasCambios(
  id: string,
  dataDir: string
): Promise<{ output: CambiosOutput; table: string }> {
  const { latest, previous, districts } = inputs(id);
  const distritos: CambiosOutput['distritos'] = [];
  const municipioBox = new Map(
    (await readArrowRows(dataDir, 'municipios')).map((r) => [String(r.code), box(r)])
  );
  // Only features near a district (its municipios' boxes plus the buffer) can change it: the
  // others are left out of its computation, and a district none comes near is not recomputed.
  const near = (data: TeamLayerData, boxes: Box[], margin: number): TeamLayerData => ({
    ...data,
    rows: data.rows.filter((r) => boxes.some((m) => meets(m, box(r), margin)))
  });
  let recalculados = 0;
  const context = await openDistrictContext(dataDir);
  try {
    for (const d of districts) {
      const margin = d.settings.buffer_km / KM_PER_DEGREE_BELOW;
      const boxes = d.municipios.flatMap((c) => {
        const m = municipioBox.get(c);
        return m ? [m] : [];
      });
      const after = near(latest, boxes, margin);
      const before = previous && near(previous, boxes, margin);
      if (!after.rows.length && !before?.rows.length) {
        distritos.push({ id: d.id, nombre: d.name, cambios: [] });
        continue;
      }
      recalculados++;
      const options = {
        name: d.name,
        bufferKm: d.settings.buffer_km,
        sliver: { maxHa: d.settings.sliver_ha, maxPctOfFeature: d.settings.sliver_pct }
      };
      const beforeLayer = before && teamNodeLayer(before);
      const afterLayer = teamNodeLayer(after);
      const a = await context.compute(d.municipios, {
        ...options,
        layers: beforeLayer ? [beforeLayer] : []
      });
      const b = await context.compute(d.municipios, {
        ...options,
        layers: [afterLayer]
      });
      distritos.push({
        id: d.id,
        nombre: d.name,
        cambios: layerVersionChanges(a.facts, beforeLayer?.id ?? null, b.facts, afterLayer.id)
      });
    }
  } finally {
    await context.close();
  }
  const output: CambiosOutput = {
    capa: id,
    version: latest.version.version,
    anterior: previous?.version.version ?? null,
    recalculados,
    distritos
  };
  const rows = distritos.flatMap((d) =>
    d.cambios.map((c) => [
      d.id,
      `${c.nombre} (${c.municipio})`,
      c.antes.ha,
      c.despues.ha,
      [...c.aparecen.map((f) => `+ ${f}`), ...c.desaparecen.map((f) => `− ${f}`)].join('; '),
      c.consulta_cambia ? `${FLAG[c.antes.consulta]} → ${FLAG[c.despues.consulta]}` : ''
    ])
  );
  const head = `Capa «${id}»: versión ${output.version} frente a ${output.anterior === null ? 'ninguna anterior' : `la ${output.anterior}`}; ${districts.length} distritos guardados, ${recalculados} recalculados (los demás no tocan la capa).`;
  const table = rows.length
    ? `${head}\n${formatTable(['Distrito', 'Municipio', 'Antes (ha)', 'Después (ha)', 'Elementos', 'Consulta previa'], rows)}`
    : `${head}\nNingún distrito cambia.`;
  return { output, table };
}
