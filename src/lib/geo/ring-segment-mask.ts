// Which consecutive vertex pairs of a PolygonBuffers layer are ring edges: a line layer drawn
// from the positions array as overlapping (vertex i, vertex i + 1) pairs must hide the pairs that
// jump from one ring's last vertex to the next ring's first. 1 per edge, 0 per jump.
import type { PolygonBuffers } from './polygon-buffers';

export function ringSegmentMask(b: Pick<PolygonBuffers, 'ringStarts'>): Uint8Array {
  const end = b.ringStarts[b.ringStarts.length - 1] ?? 0;
  const mask = new Uint8Array(Math.max(end - 1, 0)).fill(1);
  // The pair (last of ring r, first of ring r + 1) starts at ringStarts[r + 1] − 1.
  for (let r = 1; r < b.ringStarts.length - 1; r++) mask[b.ringStarts[r]! - 1] = 0;
  return mask;
}
