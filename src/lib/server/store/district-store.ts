// The server store of saved districts: the only store interface that routes import. SQLite
// implements it today (sqlite-district-store.ts); PostgreSQL can implement it for multi-user setups.
import { ANEXO2_ASPECTS, type Anexo2AspectId } from '../../domain/anexo2-aspects';
import type { Sufficiency } from '../../domain/anexo2-facts';

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

/** The mesa's three columns of one anexo 2 aspect, as a save sends them. */
export interface Anexo2Edit {
  aspect: Anexo2AspectId;
  respuesta: string;
  suficiente: Sufficiency | null;
  propuestas: string;
  /**
   * The aspect's saved version the edit started from (0: none saved yet). When given and no longer
   * the latest, the save is refused (StoreConflict); when omitted, it is not checked.
   */
  version?: number;
}

/** One saved version of an aspect's three columns, with who saved it and when. */
export interface Anexo2Saved {
  aspect: Anexo2AspectId;
  respuesta: string;
  suficiente: Sufficiency | null;
  propuestas: string;
  /** 1 for the aspect's first save in the district, +1 on every save that changes it. */
  version: number;
  author: string;
  saved_at: string;
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
  /** The latest saved version of each aspect of the anexo 2, in the guide's order. */
  anexo2(id: string): Anexo2Saved[];
  /**
   * Saves the edits in one transaction, each changed aspect as a new version (an edit equal to the
   * latest one, or blank with none saved, is skipped), and returns the latest of each aspect.
   * Throws StoreNotFound for an unknown id and Anexo2Conflict when an edit's `version` is not the
   * aspect's latest (then nothing is saved).
   */
  saveAnexo2(id: string, edits: Anexo2Edit[], author: string): Anexo2Saved[];
  /** Every saved version of one aspect, newest first. */
  anexo2History(id: string, aspect: Anexo2AspectId): Anexo2Saved[];
  close(): void;
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

/** An anexo 2 aspect was saved by someone else since the client read it. */
export class Anexo2Conflict extends StoreConflict {
  constructor(
    id: string,
    readonly aspect: Anexo2AspectId,
    expected: number,
    actual: number
  ) {
    super(id, expected, actual);
    const title = ANEXO2_ASPECTS.find((a) => a.id === aspect)?.title ?? aspect;
    this.message = `El aspecto «${title}» del anexo 2 de «${id}» cambió mientras lo editaba: usted partió de la versión ${expected} y la guardada es la ${actual}.`;
    this.name = 'Anexo2Conflict';
  }
}

export class StoreNotFound extends Error {
  constructor(readonly id: string) {
    super(`No existe el distrito «${id}».`);
    this.name = 'StoreNotFound';
  }
}
