// A team library table version (by DANE code) as the municipio list the district facts read — the
// ZOMAC list, for instance — with the id and title the district page gives it.
import type { FactsList } from '../lib/facts/facts-ports';
import type { TeamLayerData } from '../lib/node/team-layer-data';

export const teamList = ({ ref, layer, version, rows }: TeamLayerData): FactsList => ({
  id: ref,
  title: `${layer.title} (capa del equipo, v${version.version})`,
  codes: new Set(rows.map((r) => String(r.code))),
  provenance: { producer: version.producer, cutoff: version.cutoff }
});
