// What the one computation of a district's facts (district-facts.ts) receives: the ports each
// caller adapts (the browser's overlay worker and DuckDB-WASM, or an in-process OverlaySession and
// DuckDB in Node) and the district with the layers and lists loaded.
import type { DistrictProfile } from '../queries/district-profile';
import type { IndicatorFacts } from '../domain/anexo2-facts';
import type { MunicipioList } from '../domain/constraint-matrix';
import type { AreaHits } from '../geo/area-hits';
import type { HitsRequest, OverlayRequest } from '../geo/overlay-session';
import type { OverlayResult } from '../geo/overlay-types';

/** The name of a district the user has not named. */
export const UNNAMED_DISTRICT = 'Distrito sin nombre';

/** The overlay engine, with municipios loaded as layer `municipios` and every input layer. */
export interface OverlayPort {
  adjacency(layer: string, ids: string[]): Promise<Record<string, string[]>>;
  overlay(request: OverlayRequest): Promise<OverlayResult>;
  hits(request: HitsRequest): Promise<Record<string, AreaHits>>;
}

/** The analysis tables (profile, NBI components and IDF). */
export interface TablesPort {
  profile(codes: string[]): Promise<DistrictProfile>;
  indicators(codes: string[]): Promise<IndicatorFacts>;
  /** Rows of the ANT's national resguardo record (no polygons) filed under these municipios. */
  ethnicRecords(codes: string[]): Promise<Record<string, unknown>[]>;
  /** Rows of RUNAP's per-municipio report (official hectares, no polygons) for these municipios. */
  protectedAreas(codes: string[]): Promise<Record<string, unknown>[]>;
  /** Rows of the bundled land-cover transition table (hectares per class) for these municipios. */
  landCoverChange(codes: string[]): Promise<Record<string, unknown>[]>;
}

export interface FactsPorts {
  overlay: OverlayPort;
  tables: TablesPort;
  /** People (pueblo) of each feature of an ethnic layer. */
  peopleOf(layer: string): Promise<ReadonlyMap<string, string>>;
}

/** What the user recorded on importing a layer or a table. */
export interface ImportProvenance {
  producer: string;
  cutoff: string;
}

/** A polygon layer loaded in the overlay engine: bundled (no provenance) or imported. */
export interface FactsLayer {
  id: string;
  title: string;
  kind: string;
  provenance?: ImportProvenance;
}

/** A municipio list imported as a table keyed by DANE code (ZOMAC, for instance). */
export interface FactsList extends MunicipioList {
  provenance: ImportProvenance;
}

export interface FactsSettings {
  buffer_km: number;
  sliver_ha: number;
  sliver_pct: number;
  /** Layer ids chosen for the matrix and the screen (empty: all). */
  layers: string[];
}

export interface DistrictFactsInput {
  codes: string[];
  name: string;
  /** Id of the district screen (the saved record's id, else «distrito»). */
  screenId?: string;
  settings: FactsSettings;
  layers: FactsLayer[];
  lists: FactsList[];
}
