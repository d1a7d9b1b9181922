// What a map or district page gets of the team library with its data: for a staff session, the
// listing of every layer (no bytes, no repairs) and whether the account may add to it; for the
// public, the layers staff marked public at their current version (public-team-layers.ts).
import type { StaffUser } from '../../domain/model/account';
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

export function teamLibraryView(library: TeamLayerStore, user: StaffUser | null): TeamLibraryView {
  if (!user)
    return {
      scope: 'publico',
      base: '/api/capas-publicas',
      canAdd: false,
      layers: publicTeamLayers(library.list()).map(({ version, producer, cutoff, ...l }) => ({
        id: l.id,
        title: l.title,
        kind: l.kind,
        key_field: l.key_field,
        versions: [
          {
            version,
            producer,
            cutoff,
            licence: l.licence,
            file_name: l.file_name,
            data_sha256: l.data_sha256,
            data_size: l.data_size,
            feature_count: l.feature_count,
            retired_at: null
          }
        ]
      }))
    };
  return {
    scope: 'equipo',
    base: '/api/capas-equipo',
    canAdd: can(user.role, 'capas'),
    layers: library.list().map((l) => ({
      id: l.id,
      title: l.title,
      kind: l.kind,
      key_field: l.key_field,
      versions: l.versions.map((v) => ({
        version: v.version,
        producer: v.producer,
        cutoff: v.cutoff,
        licence: v.licence,
        file_name: v.file_name,
        data_sha256: v.data_sha256,
        data_size: v.data_size,
        feature_count: v.feature_count,
        uploaded_at: v.uploaded_at,
        retired_at: v.retired_at
      }))
    }))
  };
}
