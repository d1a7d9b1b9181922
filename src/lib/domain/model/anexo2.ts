// The mesas' three columns of each aspect of the anexo 2 (answer, sufficiency, proposals), saved
// as versions per aspect.
import type { Anexo2AspectId } from '../anexo2-aspects';
import type { Sufficiency } from '../anexo2-facts';

/** The mesa's three columns of one anexo 2 aspect, as a save sends them. */
export interface Anexo2Edit {
  aspect: Anexo2AspectId;
  respuesta: string;
  suficiente: Sufficiency | null;
  propuestas: string;
  /**
   * The aspect's saved version the edit started from (0: none saved yet). When given and no longer
   * the latest, the save is refused (Anexo2Conflict); when omitted, it is not checked.
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
