// The mesas' anexo 2 columns of a district, every save a new version per aspect (contract.ts).
import type { Anexo2AspectId } from '../anexo2-aspects';
import type { Anexo2Edit, Anexo2Saved } from '../model/anexo2';
import type { Actor } from './contract';

export interface Anexo2Store {
  /** The latest version of each saved aspect, in the guide's order; NotFoundError for no district. */
  latest(district: string): Promise<Anexo2Saved[]>;
  /** All or nothing; Anexo2Conflict when an edit's `version` is stale (see DistrictStore). */
  save(district: string, edits: Anexo2Edit[], author: Actor): Promise<Anexo2Saved[]>;
  /** Every version of one aspect, newest first. */
  history(district: string, aspect: Anexo2AspectId): Promise<Anexo2Saved[]>;
}
