// Server side: the current version of every ethnic layer of the team library, loaded into the
// screen engine's overlay session under its exact reference (equipo:<id>@<n>). A version that is
// no longer current is unloaded; one already loaded is not read again (versions never change).
// Points and lines are not crossed (the overlay engine skips them); a layer of only those
// says so in its label.
import type { TeamLayerStore } from '../domain/store/team-layer-store';
import { teamLayerRef } from '../domain/team-layer-ref';
import { arrowRows } from '../node/arrow-rows';
import { rowsToWire } from '../node/rows-to-wire';
import type { ScreenEngine } from './screen-engine';

export interface ScreenTeamLayer {
  ref: string;
  /** How the screen names it: title, version and cut-off. */
  label: string;
}

export async function syncTeamScreenLayers(
  engine: ScreenEngine,
  library: TeamLayerStore | null
): Promise<ScreenTeamLayer[]> {
  const ethnic = (library ? await library.list() : []).filter((l) => l.kind === 'étnico');
  const current = (
    await Promise.all(
      ethnic.map(async (l) => {
        const v = await library!.current(l.id);
        return v ? [{ layer: l, v, ref: teamLayerRef(l.id, v.version) }] : [];
      })
    )
  ).flat();
  const wanted = new Set(current.map((c) => c.ref));
  for (const ref of [...engine.team.keys()])
    if (!wanted.has(ref)) {
      engine.session.unload(ref);
      engine.team.delete(ref);
    }
  for (const { layer, v, ref } of current) {
    if (engine.team.has(ref)) continue;
    const bytes = await library!.data(layer.id, v.version);
    if (engine.team.has(ref)) continue; // a concurrent request loaded it meanwhile
    const rows = arrowRows(bytes);
    const loaded = engine.session.load({ layer: ref, features: rowsToWire(rows, layer.key_field) });
    // A layer of points or lines only is named, but not as if it had been crossed.
    const none = loaded.features === 0 ? ' — solo puntos o líneas: no se cruza' : '';
    engine.team.set(
      ref,
      `${layer.title} (capa del equipo, versión ${v.version}, corte ${v.cutoff})${none}`
    );
  }
  return current.flatMap(({ ref }) => {
    const label = engine.team.get(ref);
    return label ? [{ ref, label }] : [];
  });
}
