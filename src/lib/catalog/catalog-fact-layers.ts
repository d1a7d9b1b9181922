// The bundled layers as the anexo 2 and the memoria cite them: title, kind, producer, version and
// caveat from the catalog (the browser and the command line build the same list).
import type { FactLayer } from '../domain/anexo2-facts';
import { BUNDLED_LAYERS } from './catalog';

export function catalogFactLayers(): FactLayer[] {
  return BUNDLED_LAYERS.map((l) => ({
    id: l.id,
    title: l.title,
    kind: l.kind,
    producer: l.producer,
    cutoff: l.version,
    caveat: l.caveats
  }));
}
