// The server store of saved districts: the only store interface that routes import. SQLite
// implements it today (sqlite-district-store.ts); PostgreSQL can implement it for multi-user setups.

/** Analysis settings saved with a district. */
export interface DistrictSettings {
  buffer_km: number;
  sliver_ha: number;
  sliver_pct: number;
  /** Overlay layer ids included; empty means "all loaded layers". */
  layers: string[];
  /** Inclusion criteria configuration, opaque JSON for now. */
  criteria: unknown[];
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

export interface DistrictStore {
  /** All districts, examples first, then by name. */
  list(): DistrictSummary[];
  get(id: string): DistrictRecord | null;
  /** Creates a district with a unique slug from its name (suffix -2, -3…). */
  create(input: DistrictInput, author: string): DistrictRecord;
  /**
   * Applies a patch and saves a new version. Throws StoreNotFound for an unknown id and
   * StoreConflict when `expectedVersion` is given and is not the saved version.
   */
  update(
    id: string,
    patch: DistrictPatch,
    author: string,
    expectedVersion?: number
  ): DistrictRecord;
  /** Every saved version, newest first (the first one is the current record). */
  history(id: string): DistrictVersion[];
  close(): void;
}

/** Author of every change until staff accounts exist (issue 7 passes the signed-in user). */
export const ANONYMOUS_AUTHOR = 'anónimo';

/** Settings of a new district: 5 km buffer, border below 50 ha and 1 %, all loaded layers. */
export const defaultSettings = (): DistrictSettings => ({
  buffer_km: 5,
  sliver_ha: 50,
  sliver_pct: 1,
  layers: [],
  criteria: []
});

/** The saved version moved on since the client read it (optimistic concurrency). */
export class StoreConflict extends Error {
  constructor(
    readonly id: string,
    readonly expected: number,
    readonly actual: number
  ) {
    super(
      `El distrito «${id}» cambió mientras lo editaba: usted partió de la versión ${expected} y la guardada es la ${actual}.`
    );
    this.name = 'StoreConflict';
  }
}

export class StoreNotFound extends Error {
  constructor(readonly id: string) {
    super(`No existe el distrito «${id}».`);
    this.name = 'StoreNotFound';
  }
}
