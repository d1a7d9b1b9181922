// Every layer and list the anexo 2 and the memoria cite: the bundled catalog, the imported polygon
// layers and the imported municipio lists with their provenance; and the official layers still
// missing, less those an import stands for (`covers`: a ZOMAC list covers `zomac`).
import { MISSING_LAYERS } from '../catalog/catalog';
import { catalogFactLayers } from '../catalog/catalog-fact-layers';
import type { FactLayer, MissingLayerFact } from '../domain/anexo2-facts';
import type { FactsLayer, FactsList } from './facts-ports';

export function factLayers(
  layers: readonly FactsLayer[],
  lists: readonly FactsList[]
): { layers: FactLayer[]; missingLayers: MissingLayerFact[] } {
  const imported = layers.flatMap((l) =>
    l.provenance
      ? [
          {
            id: l.id,
            title: l.title,
            kind: l.kind,
            producer: l.provenance.producer,
            cutoff: l.provenance.cutoff
          }
        ]
      : []
  );
  const tables = lists.map((t) => ({
    id: t.id,
    title: t.title,
    kind: 'ordenamiento',
    producer: t.provenance.producer,
    cutoff: t.provenance.cutoff,
    ...(/zomac/i.test(t.title) ? { covers: 'zomac' } : {})
  }));
  const all: FactLayer[] = [...catalogFactLayers(), ...imported, ...tables];
  const covered = new Set(all.flatMap((l) => (l.covers ? [l.covers] : [])));
  return { layers: all, missingLayers: MISSING_LAYERS.filter((m) => !covered.has(m.id)) };
}
