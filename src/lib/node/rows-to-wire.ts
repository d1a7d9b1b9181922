// Rows of a bundled polygon table (read-arrow-rows) as overlay input keyed by one column; the
// geometry stays GeoJSON text, parsed only where it is prepared (main thread or a worker).
import type { WireFeature } from '../geo/overlay-session';
import type { Row } from './read-arrow-rows';

export function rowsToWire(rows: Row[], key: string): WireFeature[] {
  return rows.map((r) => ({ id: String(r[key]), geometry: r.geometry as string }));
}
