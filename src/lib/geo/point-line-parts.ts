// The points and lines of one feature appended to a PolygonBuffers layout under construction:
// each point's x, y and feature, each line's vertices (simplified within `tolerance` degrees,
// never below its two ends), where it starts and its feature. Polygons are laid out elsewhere.
import type { Geometry, Position } from 'geojson';
import simplify from 'simplify-js';

export interface PointLineParts {
  points: number[];
  pointFeature: number[];
  paths: number[];
  /** First vertex of each path, plus the end (starts with 0). */
  pathStarts: number[];
  pathFeature: number[];
}

function simplified(line: Position[], tolerance: number): Position[] {
  if (!tolerance || line.length <= 2) return line;
  const kept = simplify(
    line.map(([x = 0, y = 0]) => ({ x, y })),
    tolerance
  );
  return kept.length >= 2 ? kept.map((p) => [p.x, p.y]) : line;
}

export function addPointLineParts(
  out: PointLineParts,
  g: Geometry | null,
  feature: number,
  tolerance: number
): void {
  const points =
    g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];
  for (const p of points) {
    out.points.push(p[0]!, p[1]!);
    out.pointFeature.push(feature);
  }
  const lines =
    g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  for (const line of lines) {
    if (line.length < 2) continue;
    for (const p of simplified(line, tolerance)) out.paths.push(p[0]!, p[1]!);
    out.pathStarts.push(out.paths.length / 2);
    out.pathFeature.push(feature);
  }
}
