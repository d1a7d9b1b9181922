// The box of everything within `km` of some boxes (lon/lat degrees), generously: a degree of
// latitude is at least 110.5 km and one of longitude 111.3 km × cos(latitude), and the margin is
// widened by half again, so a feature outside the box is surely farther than `km`.
import type { BBox } from 'geojson';

export function nearBox(boxes: readonly BBox[], km: number): BBox | null {
  if (!boxes.length) return null;
  const [w, s, e, n] = boxes.reduce(
    ([a, b, c, d], x) => [
      Math.min(a, x[0]),
      Math.min(b, x[1]),
      Math.max(c, x[2]),
      Math.max(d, x[3])
    ],
    [Infinity, Infinity, -Infinity, -Infinity]
  );
  const dLat = (1.5 * km) / 110.5 + 0.01;
  const farthest = Math.min(89, Math.max(Math.abs(s - dLat), Math.abs(n + dLat)));
  const dLon = (1.5 * km) / (111.3 * Math.cos((farthest * Math.PI) / 180)) + 0.01;
  return [w - dLon, s - dLat, e + dLon, n + dLat];
}
