// The saved districts and their anexo 2 (contract.ts: transactions, versions, typed errors).
import type { Anexo2AspectId } from '../anexo2-aspects';
import type { Anexo2Edit, Anexo2Saved } from '../model/anexo2';
import type {
  DistrictInput,
  DistrictPatch,
  DistrictRecord,
  DistrictSummary,
  DistrictVersion
} from '../model/district';
import type { Actor } from './contract';

export interface DistrictStore {
  /** All districts, examples first, then by name. */
  list(): Promise<DistrictSummary[]>;
  get(id: string): Promise<DistrictRecord | null>;
  /** Creates a district with a unique slug from its name (suffix -2, -3…). */
  create(input: DistrictInput, author: Actor): Promise<DistrictRecord>;
  /**
   * Applies a patch and saves a new version. Throws NotFoundError for an unknown id and
   * VersionConflictError when `expectedVersion` is given and is not the saved version.
   */
  update(
    id: string,
    patch: DistrictPatch,
    author: Actor,
    expectedVersion?: number
  ): Promise<DistrictRecord>;
  /** Every saved version, newest first (the first one is the current record). */
  history(id: string): Promise<DistrictVersion[]>;
  /** The latest saved version of each aspect of the anexo 2, in the guide's order. */
  anexo2(id: string): Promise<Anexo2Saved[]>;
  /**
   * Saves the edits in one transaction, each changed aspect as a new version (an edit equal to the
   * latest one, or blank with none saved, is skipped), and returns the latest of each aspect.
   * Throws NotFoundError for an unknown id and Anexo2Conflict when an edit's `version` is not the
   * aspect's latest (then nothing is saved).
   */
  saveAnexo2(id: string, edits: Anexo2Edit[], author: Actor): Promise<Anexo2Saved[]>;
  /** Every saved version of one aspect, newest first. */
  anexo2History(id: string, aspect: Anexo2AspectId): Promise<Anexo2Saved[]>;
  close(): Promise<void>;
}
