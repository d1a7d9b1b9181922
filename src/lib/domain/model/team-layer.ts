// A layer of the team library (issue 20): an official layer or table imported once for the whole
// team, kept as immutable numbered versions with their provenance and normalised Arrow IPC data.
import type { CalendarDate } from '../calendar-date';

export type TeamLayerKind = 'étnico' | 'ambiental' | 'minero' | 'ordenamiento' | 'tabla';

export const TEAM_LAYER_KINDS: readonly TeamLayerKind[] = [
  'étnico',
  'ambiental',
  'minero',
  'ordenamiento',
  'tabla'
];

/** The layer itself: fixed by its first version. */
export interface TeamLayer {
  /** Slug, e.g. "titulos-anm"; a permalink names it as `equipo:<id>`. */
  id: string;
  title: string;
  kind: TeamLayerKind;
  /** The attribute that identifies a feature (tables: the DANE code column, stored as `code`). */
  key_field: string;
  created_by: string;
  created_at: string;
  /** Shown on the public map (staff choose; a new layer is not). Layer-level: versions are immutable. */
  public: boolean;
  /** Who last changed `public`, and when; null until someone does. */
  public_by: string | null;
  public_at: string | null;
}

/** A geometry the reader or the normaliser had to repair, and why (GEOS's reason). */
export interface TeamLayerRepair {
  feature: string;
  reason: string;
}

/** One immutable version of a layer; only `retired_*` is ever set after it is added. */
export interface TeamLayerVersion {
  layer_id: string;
  /** 1, 2, 3… in the order they were added. */
  version: number;
  producer: string;
  cutoff: CalendarDate;
  licence: string | null;
  /** The uploaded file's name (shapefile parts: their names joined by ", "). */
  file_name: string;
  /** SHA-256 (hex) of the uploaded bytes. */
  sha256: string;
  /** SHA-256 (hex) of the stored Arrow IPC bytes: the browser caches a version by it. */
  data_sha256: string;
  data_size: number;
  feature_count: number;
  repairs: TeamLayerRepair[];
  warnings: string[];
  uploaded_by: string;
  uploaded_at: string;
  retired_by: string | null;
  retired_at: string | null;
}

/** A layer with every version, oldest first. */
export interface TeamLayerEntry extends TeamLayer {
  versions: TeamLayerVersion[];
}

/** What an upload adds: the layer (created on its first version) and the normalised version. */
export interface TeamLayerVersionInput {
  layer: Pick<TeamLayer, 'id' | 'title' | 'kind' | 'key_field'>;
  producer: string;
  cutoff: CalendarDate;
  licence?: string | null;
  file_name: string;
  sha256: string;
  feature_count: number;
  repairs: TeamLayerRepair[];
  warnings: string[];
  uploaded_by: string;
  /** Arrow IPC stream: the attributes, plus `geometry` (GeoJSON text) and bbox columns. */
  data: Uint8Array;
}

/** What the public sees of a public layer: its current version's provenance, no uploader. */
export interface PublicTeamLayer {
  id: string;
  title: string;
  kind: TeamLayerKind;
  key_field: string;
  version: number;
  producer: string;
  cutoff: CalendarDate;
  licence: string | null;
  file_name: string;
  data_sha256: string;
  data_size: number;
  feature_count: number;
}
