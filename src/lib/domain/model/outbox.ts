// Writes made without connection, kept in the browser until they can be sent (issue 22). Each
// keeps the versions it was based on, so the server's version checks decide conflicts.
import type { Anexo2AspectId } from '../anexo2-aspects';
import type { Anexo2Edit, Anexo2Saved } from './anexo2';

/** An aspect whose saved version changed on the server since the edit: both values are kept. */
export interface Anexo2Clash {
  mine: Anexo2Edit;
  /** The server's latest version of the aspect when the conflict was found. */
  theirs: Anexo2Saved | null;
}

/** The anexo 2 answers of one district, edited offline (one entry per district). */
export interface Anexo2Outgoing {
  kind: 'anexo2';
  /** `anexo2:<district id>` */
  id: string;
  district: string;
  /** Edits still to send, each with the version it started from. */
  edits: Anexo2Edit[];
  /** Edits the server refused because someone else saved the aspect meanwhile. */
  clashes: Anexo2Clash[];
  /** The last refusal that was not a conflict (Spanish message), kept to show. */
  error: string | null;
  queued_at: string;
}

export type Outgoing = Anexo2Outgoing;

/** Where queued writes live (IndexedDB in the browser, a Map in the tests). */
export interface OutboxStore {
  all(): Promise<Outgoing[]>;
  put(entry: Outgoing): Promise<void>;
  remove(id: string): Promise<void>;
}

export const anexo2OutgoingId = (district: string) => `anexo2:${district}`;
export type { Anexo2AspectId };
