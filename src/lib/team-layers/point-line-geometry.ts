// A point or line geometry of an imported layer as a team layer stores it: 2D, rounded like the
// polygons (COORD_DIGITS), consecutive repeated positions of a line dropped. Not repaired: a
// line left with fewer than two distinct positions, or a multi-geometry with no part, is
// unusable (null).
import type { LineString, MultiLineString, MultiPoint, Point, Position } from 'geojson';
import { COORD_DIGITS } from '../export/polygon-columns';

export type PointLine = Point | MultiPoint | LineString | MultiLineString;

const POINT_LINE = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString']);

export const isPointLine = (g: { type: string } | null): g is PointLine =>
  g !== null && POINT_LINE.has(g.type);

const k = 10 ** COORD_DIGITS;
const round = (p: Position): Position => [Math.round(p[0]! * k) / k, Math.round(p[1]! * k) / k];

function line(ps: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ps.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 2 ? out : null;
}

export function pointLineGeometry(g: PointLine): PointLine | null {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(g.coordinates) };
    case 'MultiPoint':
      return g.coordinates.length
        ? { type: 'MultiPoint', coordinates: g.coordinates.map(round) }
        : null;
    case 'LineString': {
      const c = line(g.coordinates);
      return c ? { type: 'LineString', coordinates: c } : null;
    }
    case 'MultiLineString': {
      const c = g.coordinates.map(line).filter((l): l is Position[] => l !== null);
      return c.length ? { type: 'MultiLineString', coordinates: c } : null;
    }
  }
}
