// The publication period of draft districts and its documents (contract.ts).
import type {
  DocumentInput,
  PeriodInput,
  Publication,
  PublicationDocument
} from '../model/publication';
import type { Actor } from './contract';

export interface PublicationStore {
  get(district: string): Promise<Publication | null>;
  list(): Promise<Publication[]>;
  /** Opens (or re-dates) the period, freezing the district's name and municipios as published. */
  setPeriod(district: string, input: PeriodInput, actor: Actor): Promise<Publication>;
  documents(district: string): Promise<PublicationDocument[]>;
  document(
    district: string,
    id: number
  ): Promise<(PublicationDocument & { bytes: Uint8Array }) | null>;
  /** NotFoundError when the district has no period. */
  addDocument(district: string, doc: DocumentInput, actor: Actor): Promise<PublicationDocument>;
  /** NotFoundError for an unknown document. */
  removeDocument(district: string, id: number, actor: Actor): Promise<void>;
}
