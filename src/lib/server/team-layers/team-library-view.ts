// What a map or district page gets of the team library with its data: for a staff session, the
// listing of every layer (no bytes, no repairs) and whether the account may add to it; for the
// public, the layers staff marked public at their current version (public-team-layers.ts).
import type { StaffUser } from '../../domain/model/account';
import type { TeamLayerEntry, TeamLayerVersion } from '../../domain/model/team-layer';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { can } from '../../domain/staff-roles';
import type { TeamLayerListing } from '../../domain/team-layer-choice';
import { publicTeamLayers } from '../../domain/public-team-layers';

export interface TeamLibraryView {
  /** Staff see the whole library; the public only what staff marked public. */
  scope: 'equipo' | 'publico';
  /** The API the browser downloads versions from. */
  base: string;
  layers: TeamLayerListing[];
  canAdd: boolean;
}

export async function teamLibraryView(
  library: TeamLayerStore,
  user: StaffUser | null
): Promise<TeamLibraryView> {
  const entries = await library.list();
  const layer = (l: TeamLayerEntry, versions: TeamLayerVersion[], staff: boolean) => ({
    id: l.id,
    title: l.title,
    kind: l.kind,
    key_field: l.key_field,
    versions: versions.map((v) => ({
      version: v.version,
      producer: v.producer,
      cutoff: v.cutoff,
      licence: v.licence,
      file_name: v.file_name,
      data_sha256: v.data_sha256,
      data_size: v.data_size,
      feature_count: v.feature_count,
      ...(staff ? { uploaded_at: v.uploaded_at } : {}),
      retired_at: v.retired_at
    }))
  });
  if (!user) {
    // publicTeamLayers decides what is public: each such layer at its current version only.
    const layers = publicTeamLayers(entries).flatMap((p) => {
      const l = entries.find((e) => e.id === p.id);
      const v = l?.versions.find((x) => x.version === p.version);
      return l && v ? [layer(l, [v], false)] : [];
    });
    return { scope: 'publico', base: '/api/capas-publicas', canAdd: false, layers };
  }
  return {
    scope: 'equipo',
    base: '/api/capas-equipo',
    canAdd: can(user.role, 'capas'),
    layers: entries.map((l) => layer(l, l.versions, true))
  };
}
