// The team library as the staff page /equipo/capas shows it: each layer with its versions, the
// repairs and warnings counted instead of listed (a national layer can carry thousands), and
// which version is the current one.
import type { TeamLayer, TeamLayerEntry, TeamLayerVersion } from '../../domain/model/team-layer';

export type LibraryVersionRow = Omit<TeamLayerVersion, 'repairs' | 'warnings'> & {
  repairs: number;
  warnings: number;
};

export interface LibraryLayerRow extends TeamLayer {
  versions: LibraryVersionRow[];
  /** The latest version not retired, or null when all are. */
  current: number | null;
}

export function libraryView(entries: readonly TeamLayerEntry[]): LibraryLayerRow[] {
  return entries.map(({ versions, ...layer }) => ({
    ...layer,
    versions: versions.map(({ repairs, warnings, ...v }) => ({
      ...v,
      repairs: repairs.length,
      warnings: warnings.length
    })),
    current: versions.findLast((v) => v.retired_at === null)?.version ?? null
  }));
}
