// The publication period of draft districts and its documents (contract.ts).
import type {
  DocumentInput,
  PeriodInput,
  Publication,
  PublicationDocument
} from '../model/publication';
import type { Actor } from './contract';

export interface PublicationStore {
  get(district: string): Publication | null;
  list(): Publication[];
  /** Opens (or re-dates) the period, freezing the district's name and municipios as published. */
  setPeriod(district: string, input: PeriodInput, actor: Actor): Publication;
  documents(district: string): PublicationDocument[];
  document(district: string, id: number): (PublicationDocument & { bytes: Uint8Array }) | null;
  /** NotFoundError when the district has no period. */
  addDocument(district: string, doc: DocumentInput, actor: Actor): PublicationDocument;
  /** NotFoundError for an unknown document. */
  removeDocument(district: string, id: number, actor: Actor): void;
}
