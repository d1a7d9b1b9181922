// Geometry helpers for the data build; the column encoding is shared with the team library
// (src/lib/export/polygon-columns.ts).
import { BuildCheckError } from './fail';
import type { Areal } from '../../src/lib/export/polygon-columns';

export {
  geometryColumns,
  normalizeGeometry,
  type Areal
} from '../../src/lib/export/polygon-columns';

export function assertAreal(g: { type: string } | null, what: string): Areal {
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    throw new BuildCheckError(
      `${what}: geometría ${g?.type ?? 'nula'}, se esperaba Polygon o MultiPolygon`
    );
  }
  return g as Areal;
}
