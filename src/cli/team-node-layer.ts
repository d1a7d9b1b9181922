// A team layer version as the district facts take an imported layer: keyed by its key field, its
// provenance that of the version, its id the exact reference (equipo:<id>@<n>).
import type { ConstraintKind } from '../lib/domain/constraint-matrix';
import { featurePeople } from '../lib/import/feature-people';
import type { NodeLayer } from '../lib/node/district-facts';
import { rowsToWire } from '../lib/node/rows-to-wire';
import { CliError } from './cli-error';
import type { TeamLayerData } from './team-layers';

export function teamNodeLayer({ ref, layer, version, rows }: TeamLayerData): NodeLayer {
  if (layer.kind === 'tabla')
    throw new CliError(`«${ref}» es una tabla por código DANE, no una capa con geometrías.`);
  const kind: ConstraintKind = layer.kind;
  return {
    id: ref,
    title: `${layer.title} (capa del equipo, v${version.version})`,
    kind,
    provenance: { producer: version.producer, cutoff: version.cutoff },
    features: rowsToWire(rows, layer.key_field),
    people: featurePeople(
      rows.map((properties) => ({ properties })),
      layer.key_field
    )
  };
}
