// Seeded star-shaped polygons with radial noise (simple rings), for the kernel micro-benchmark.
import type { Polygon } from 'geojson';

/** Park–Miller LCG: repeatable across runs and machines. */
export function seeded(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

export function noisyPolygon(
  lon: number,
  lat: number,
  radiusDeg: number,
  vertices: number,
  rnd: () => number
): Polygon {
  const ring: [number, number][] = [];
  for (let i = 0; i < vertices; i++) {
    const t = (2 * Math.PI * i) / vertices;
    const r = radiusDeg * (0.98 + 0.04 * rnd());
    ring.push([lon + r * Math.cos(t), lat + r * Math.sin(t)]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}
