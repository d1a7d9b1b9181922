// What the library stores for an upload: the checked naming fields (team-layer-fields.ts), the
// normalised layer (normalise-team-layer.ts) and who sent it — the same record from the command
// line and from the server.
import type { TeamLayerVersionInput } from '../domain/model/team-layer';
import type { CheckedTeamLayerFields } from '../domain/team-layer-fields';
import type { NormalisedTeamLayer } from './normalise-team-layer';

export function teamLayerVersionInput(
  c: CheckedTeamLayerFields,
  n: NormalisedTeamLayer,
  licence: string | null,
  uploadedBy: string
): TeamLayerVersionInput {
  return {
    layer: { id: c.id, title: n.title, kind: c.kind, key_field: n.key_field },
    producer: c.producer,
    cutoff: c.cutoff,
    licence,
    file_name: n.file_name,
    sha256: n.sha256,
    feature_count: n.feature_count,
    repairs: n.repairs,
    warnings: n.warnings,
    uploaded_by: uploadedBy,
    data: n.data
  };
}
