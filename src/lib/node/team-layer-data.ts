// A team layer version with its rows decoded from the stored Arrow bytes (those `keep` accepts),
// named by its exact reference (`equipo:<id>@<n>`): what the district commands and the re-screen
// load.
import type { TeamLayer, TeamLayerVersion } from '../domain/model/team-layer';
import type { TeamLayerStore } from '../domain/store/team-layer-store';
import { teamLayerRef } from '../domain/team-layer-ref';
import { arrowRows, type Row, type RowFilter } from './arrow-rows';

export interface TeamLayerData {
  /** `equipo:<id>@<n>`: the exact version used. */
  ref: string;
  layer: TeamLayer;
  version: TeamLayerVersion;
  rows: Row[];
}

export async function teamLayerData(
  library: TeamLayerStore,
  layer: TeamLayer,
  version: TeamLayerVersion,
  keep?: RowFilter
): Promise<TeamLayerData> {
  return {
    ref: teamLayerRef(layer.id, version.version),
    layer,
    version,
    rows: arrowRows(await library.data(layer.id, version.version), keep)
  };
}
