// team_layer_features on the target, from the copied versions: each version's Arrow bytes (read
// from the SQLite snapshot, one version at a time) go through insertTeamLayerFeatures, the code
// path of an upload on PostgreSQL (pg-team-layer-store.ts), so a copied layer is what an upload
// would have left.
import type Database from 'better-sqlite3';
import type { TeamLayerKind } from '../../../domain/model/team-layer';
import type { PgQueryable } from '../pg/pg-database';
import { insertTeamLayerFeatures } from '../pg/pg-team-layer-features';

interface VersionRow {
  id: string;
  kind: TeamLayerKind;
  key_field: string;
  version: number;
  data: Buffer;
}

/** Inserts the features of every version; returns how many. */
export async function copyTeamLayerFeatures(
  sqlite: Database.Database,
  c: PgQueryable
): Promise<number> {
  const versions = sqlite.prepare<[], VersionRow>(
    `SELECT l.id, l.kind, l.key_field, v.version, v.data
     FROM team_layer_versions v JOIN team_layers l ON l.id = v.layer_id
     ORDER BY v.rowid`
  );
  let features = 0;
  for (const v of versions.iterate()) {
    const data = new Uint8Array(v.data.buffer, v.data.byteOffset, v.data.byteLength);
    features += await insertTeamLayerFeatures(c, v, v.version, data);
  }
  return features;
}
