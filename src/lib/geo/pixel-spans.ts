// The pixels whose centres fall inside a polygon, row by row, as runs of columns: a scanline fill
// (even-odd over all rings, so holes and multipolygon parts come out right). Each edge counts on
// the rows whose centre line it crosses, half-open at its upper end so a shared vertex counts
// once. Cost grows with the boundary's length in pixels, not with the polygon's area.

import type { RasterGrid } from './raster-grid';

/** Where the grid lies: its size, top-left corner and pixel size (degrees or metres). */
export type GridFrame = Pick<RasterGrid, 'width' | 'height' | 'west' | 'north' | 'dx' | 'dy'>;

export interface PixelSpans {
  /** First and last row with any span (r1 < r0 when there is none). */
  r0: number;
  r1: number;
  /** Row r's spans are runs[2k], runs[2k+1] (first and last column, both included) for k in
   * start[r - r0] … start[r - r0 + 1] - 1. */
  start: Int32Array;
  runs: Int32Array;
}

/** `rings`: interleaved x,y of each ring, in the grid's own units (degrees or metres). */
export function pixelSpans(rings: readonly Float64Array[], g: GridFrame): PixelSpans {
  const py = (y: number) => (g.north - y) / g.dy - 0.5;
  const px = (x: number) => (x - g.west) / g.dx - 0.5;
  let lo = Infinity;
  let hi = -Infinity;
  for (const xy of rings)
    for (let i = 1; i < xy.length; i += 2) {
      const v = py(xy[i]!);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  const r0 = Math.max(0, Math.ceil(lo));
  const r1 = Math.min(g.height - 1, Math.floor(hi));
  if (!(r0 <= r1)) return { r0: 0, r1: -1, start: new Int32Array(1), runs: new Int32Array(0) };
  const rows = r1 - r0 + 1;
  // Rows crossed by the edge from vertex i to i+1: centre lines ceil(a) … ceil(b) - 1.
  const eachEdge = (visit: (a: number, b: number, x0: number, y0: number, s: number) => void) => {
    for (const xy of rings)
      for (let i = 0; i + 3 < xy.length; i += 2) {
        const ya = py(xy[i + 1]!);
        const yb = py(xy[i + 3]!);
        if (ya === yb) continue;
        const [a, b] = ya < yb ? [ya, yb] : [yb, ya];
        const xa = px(xy[i]!);
        visit(a, b, xa, ya, (px(xy[i + 2]!) - xa) / (yb - ya));
      }
  };
  const count = new Int32Array(rows + 1);
  eachEdge((a, b) => {
    for (let r = Math.max(r0, Math.ceil(a)); r < Math.ceil(b) && r <= r1; r++) count[r - r0 + 1]!++;
  });
  for (let i = 1; i <= rows; i++) count[i]! += count[i - 1]!;
  const xs = new Float64Array(count[rows]!);
  const fill = count.slice(0, rows);
  eachEdge((a, b, x0, y0, s) => {
    for (let r = Math.max(r0, Math.ceil(a)); r < Math.ceil(b) && r <= r1; r++)
      xs[fill[r - r0]!++] = x0 + (r - y0) * s;
  });
  const start = new Int32Array(rows + 1);
  const runs: number[] = [];
  for (let i = 0; i < rows; i++) {
    const row = xs.subarray(count[i]!, count[i + 1]!).sort();
    for (let k = 0; k + 1 < row.length; k += 2) {
      const c0 = Math.max(0, Math.ceil(row[k]!));
      const c1 = Math.min(g.width - 1, Math.ceil(row[k + 1]!) - 1);
      if (c0 <= c1) runs.push(c0, c1);
    }
    start[i + 1] = runs.length / 2;
  }
  return { r0, r1, start, runs: Int32Array.from(runs) };
}
