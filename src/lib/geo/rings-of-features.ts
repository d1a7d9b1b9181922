// The rings of some features of a PolygonBuffers layer, as a path layer draws them (a highlight):
// their vertices copied into one array and where each ring starts.
import type { PolygonBuffers } from './polygon-buffers';

export interface RingPaths {
  positions: Float32Array;
  /** First vertex of each ring, plus the end. */
  starts: Uint32Array;
}

export function ringsOfFeatures(b: PolygonBuffers, keys: readonly string[]): RingPaths {
  const wanted = new Set(keys);
  const picked: number[] = [];
  let vertices = 0;
  for (let r = 0; r < b.ringFeature.length; r++) {
    if (!wanted.has(b.keys[b.ringFeature[r]!]!)) continue;
    picked.push(r);
    vertices += b.ringStarts[r + 1]! - b.ringStarts[r]!;
  }
  const positions = new Float32Array(vertices * 2);
  const starts = new Uint32Array(picked.length + 1);
  let at = 0;
  picked.forEach((r, i) => {
    const [from, to] = [b.ringStarts[r]!, b.ringStarts[r + 1]!];
    positions.set(b.positions.subarray(from * 2, to * 2), at * 2);
    at += to - from;
    starts[i + 1] = at;
  });
  return { positions, starts };
}
