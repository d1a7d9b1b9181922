// A team library table version (its Arrow rows: `code` plus its columns) as the pages hold the
// tables a user imports by DANE code: the municipio panel shows its values and the district facts
// read it as a municipio list (ZOMAC, for instance), with the version's provenance.
import type { TeamLayerListing, TeamVersionInfo } from '$lib/domain/team-layer-choice';
import { arrowRows } from '$lib/node/arrow-rows';
import type { UserTable } from './tables.svelte';

export function teamTable(
  ref: string,
  layer: TeamLayerListing,
  version: TeamVersionInfo,
  bytes: Uint8Array
): UserTable {
  const rows = arrowRows(bytes);
  const columns = Object.keys(rows[0] ?? {}).filter((c) => c !== 'code');
  return {
    id: ref,
    title: `${layer.title} (capa del equipo, v${version.version})`,
    keyColumn: layer.key_field,
    columns,
    rows: new Map(
      rows.map((r) => [
        String(r.code),
        Object.fromEntries(columns.map((c) => [c, r[c] == null ? '' : String(r[c])]))
      ])
    ),
    warnings: [],
    provenance: {
      producer: version.producer,
      cutoff: version.cutoff,
      license: version.licence ?? ''
    },
    fileName: version.file_name
  };
}
