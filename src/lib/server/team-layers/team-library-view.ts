// What a map or district page gets of the team library with its data: for a staff session, the
// listing of every layer (no bytes, repairs counted out) and whether the account may add to it;
// the public gets none (the library is for staff sessions).
import type { StaffUser } from '../../domain/model/account';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { can } from '../../domain/staff-roles';
import type { TeamLayerListing } from '../../domain/team-layer-choice';

export interface TeamLibraryView {
  /** The API the browser downloads versions from. */
  base: string;
  layers: TeamLayerListing[];
  canAdd: boolean;
}

export function teamLibraryView(
  library: TeamLayerStore,
  user: StaffUser | null
): TeamLibraryView | null {
  if (!user) return null;
  return {
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
