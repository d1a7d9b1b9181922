// Server side: one overlay session per process with the bundled ethnic layers loaded, and the
// municipios (geometry and official area) by DANE code. Shared by the PEG territory checks; the
// callers work synchronously on it once they have it, so requests do not interleave.
import { OVERLAY_LAYERS } from '../catalog/catalog';
import { readArrowRows, type Row } from '../node/read-arrow-rows';
import { rowsToWire } from '../node/rows-to-wire';
import { OverlaySession } from '../geo/overlay-session';
import { ANT_RECORD_LAYER } from '../facts/record-hits';
import { dataDir } from './data-dir';

export const ETHNIC = OVERLAY_LAYERS.filter((l) => l.kind === 'étnico');

export interface ScreenEngine {
  session: OverlaySession;
  municipios: Map<string, Row>;
  /** Rows of the ANT's national resguardo record (no polygons). */
  records: Row[];
  /** Team layer versions loaded in the session (team-screen-layers.ts): reference → label. */
  team: Map<string, string>;
}

let engine: Promise<ScreenEngine> | null = null;

export function screenEngine(): Promise<ScreenEngine> {
  engine ??= (async () => {
    const session = await OverlaySession.open();
    for (const l of ETHNIC)
      session.load({
        layer: l.id,
        features: rowsToWire(await readArrowRows(dataDir(), l.table), l.keyField)
      });
    const rows = await readArrowRows(dataDir(), 'municipios');
    const records = await readArrowRows(dataDir(), ANT_RECORD_LAYER);
    return {
      session,
      municipios: new Map(rows.map((r) => [String(r.code), r])),
      records,
      team: new Map()
    };
  })();
  engine.catch(() => (engine = null));
  return engine;
}
