// The team library of layers (issue 20). Guarantees every engine keeps (SQLite today, PostgreSQL
// in issue 21), on top of contract.ts:
// - addVersion is one transaction: the layer row (first version only), the version row with its
//   Arrow bytes and the audit entry land together or not at all; a failure leaves no trace.
// - Version numbers are 1, 2, 3… per layer, without gaps: the next number is computed inside the
//   write transaction (max + 1) and (layer_id, version) is unique, so two concurrent uploads of
//   one layer get two consecutive versions, never the same number and never an error.
// - A version is immutable: its provenance and bytes never change and it is never deleted;
//   retire only stamps retired_by/retired_at once. data() returns exactly the bytes stored, so
//   data_sha256 stays a valid cache key in every browser.
// - Whether a layer shows on the public map is layer-level (setPublic), off for a new layer; each
//   change stamps public_by/public_at and writes one audit entry in the same transaction; setting
//   the value it already has changes nothing and records nothing. Any kind may be public (a
//   table by DANE code shades municipios, as ZOMAC does).
// - The layer's title, kind and key field are those of its first version; a later version with a
//   different kind or key field is RuleError 'team-layer-mismatch'.
// - Invalid input is RuleError 'team-layer-invalid' (team-layer-input.ts); an unknown layer or
//   version is NotFoundError; `now` is the caller's clock (ISO instant), stored as given.
import type {
  TeamLayer,
  TeamLayerEntry,
  TeamLayerVersion,
  TeamLayerVersionInput
} from '../model/team-layer';
import type { Actor } from './contract';

export interface TeamLayerStore {
  /** Adds the next version (creating the layer on its first one) and returns it. */
  addVersion(input: TeamLayerVersionInput, now: string): Promise<TeamLayerVersion>;
  /** Every layer by id, with its versions oldest first (retired ones included). */
  list(): Promise<TeamLayerEntry[]>;
  /** The layer's versions, oldest first; NotFoundError for an unknown layer. */
  versions(id: string): Promise<TeamLayerVersion[]>;
  /** The latest version not retired, or null when all are; NotFoundError for an unknown layer. */
  current(id: string): Promise<TeamLayerVersion | null>;
  /** One version, retired or not; NotFoundError when it does not exist. */
  version(id: string, version: number): Promise<TeamLayerVersion>;
  /** The stored Arrow IPC bytes of a version (readable after it is retired); NotFoundError. */
  data(id: string, version: number): Promise<Uint8Array>;
  /** Marks a version retired (it stays readable); RuleError 'team-layer-retired' if it already is. */
  retire(id: string, version: number, by: Actor, now: string): Promise<TeamLayerVersion>;
  /** Shows or hides the layer on the public map and returns it; NotFoundError for an unknown one. */
  setPublic(id: string, isPublic: boolean, by: Actor, now: string): Promise<TeamLayer>;
}
