// The layers a district command read, as its JSON names them (`layers_checked`): the bundled
// catalog, imported files and team layer versions (id `equipo:<id>@<n>`), with producer and cut.
import type { DistrictFacts } from '../lib/domain/anexo2-facts';

export interface CheckedLayerOut {
  id: string;
  title: string;
  kind: string;
  producer: string;
  version: string;
}

export const layersChecked = (facts: DistrictFacts): CheckedLayerOut[] =>
  facts.layers.map(({ id, title, kind, producer, cutoff }) => ({
    id,
    title,
    kind,
    producer,
    version: cutoff
  }));
