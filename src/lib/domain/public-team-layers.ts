// What the public map may load from the team library (issue 20): each layer staff marked public,
// with only its current version (the latest not retired) and only public-safe fields — no
// uploader or retirement accounts, no repairs. A public layer whose versions are all retired is
// left out. The public download serves exactly the versions listed here.
import type { PublicTeamLayer, TeamLayerEntry } from './model/team-layer';

export function publicTeamLayers(entries: readonly TeamLayerEntry[]): PublicTeamLayer[] {
  return entries.flatMap((l) => {
    const v = l.public ? l.versions.findLast((x) => x.retired_at === null) : undefined;
    if (!v) return [];
    return [
      {
        id: l.id,
        title: l.title,
        kind: l.kind,
        key_field: l.key_field,
        version: v.version,
        producer: v.producer,
        cutoff: v.cutoff,
        licence: v.licence,
        file_name: v.file_name,
        data_sha256: v.data_sha256,
        data_size: v.data_size,
        feature_count: v.feature_count
      }
    ];
  });
}
