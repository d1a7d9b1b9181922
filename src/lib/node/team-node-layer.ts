// A team layer version as the district facts take an imported layer: keyed by its key field, its
// provenance that of the version, its id the exact reference (equipo:<id>@<n>). A table by DANE
// code has no geometries: RuleError 'team-layer-table'.
import type { ConstraintKind } from '../domain/constraint-matrix';
import { RuleError } from '../domain/errors/rule-error';
import { featurePeople } from '../import/feature-people';
import type { NodeLayer } from './district-facts';
import { rowsToWire } from './rows-to-wire';
import type { TeamLayerData } from './team-layer-data';

export function teamNodeLayer({ ref, layer, version, rows }: TeamLayerData): NodeLayer {
  if (layer.kind === 'tabla')
    throw new RuleError(
      'team-layer-table',
      `«${ref}» es una tabla por código DANE, no una capa con geometrías.`
    );
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
