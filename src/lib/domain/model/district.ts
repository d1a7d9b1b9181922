// A saved district (the municipios delimited as a DMEDP, guide §1.1) with its analysis settings and
// the justification of each municipio; every save is kept as a version.

/** Analysis settings saved with a district. */
export interface DistrictSettings {
  buffer_km: number;
  sliver_ha: number;
  sliver_pct: number;
  /** Overlay layer ids included; empty means "all loaded layers". */
  layers: string[];
  /** Inclusion criteria configuration, opaque JSON for now. */
  criteria: unknown[];
  /**
   * The team layer versions the numbers used (`equipo:<id>@<n>`); absent when none was recorded
   * (then the page loads the current versions).
   */
  team_layers?: string[];
}

export interface DistrictRecord {
  /** URL slug, e.g. "nordeste-antioqueno"; fixed at creation. */
  id: string;
  name: string;
  /** 5-digit DANE codes, as text. */
  municipios: string[];
  settings: DistrictSettings;
  /** Justification text by DANE code. */
  justifications: Record<string, string>;
  /** One of the preloaded examples. */
  example: boolean;
  created_at: string;
  updated_at: string;
  /** 1 at creation, +1 on every update. */
  version: number;
}

export interface DistrictSummary {
  id: string;
  name: string;
  municipio_count: number;
  example: boolean;
  updated_at: string;
}

export interface DistrictInput {
  name: string;
  municipios: string[];
  settings?: Partial<DistrictSettings>;
  justifications?: Record<string, string>;
}

/**
 * A partial update. `municipios` replaces the list; `settings` and `justifications` are merged
 * into the saved ones (an empty justification text removes that entry).
 */
export interface DistrictPatch {
  name?: string;
  municipios?: string[];
  settings?: Partial<DistrictSettings>;
  justifications?: Record<string, string>;
}

/** One saved version of a district, with who saved it and when. */
export interface DistrictVersion {
  version: number;
  author: string;
  saved_at: string;
  record: DistrictRecord;
}

/** Author of a change made without signing in (signed-in staff are recorded by e-mail). */
export const ANONYMOUS_AUTHOR = 'anónimo';

/** Settings of a new district: 5 km buffer, border below 50 ha and 1 %, all loaded layers. */
export const defaultSettings = (): DistrictSettings => ({
  buffer_km: 5,
  sliver_ha: 50,
  sliver_pct: 1,
  layers: [],
  criteria: []
});
