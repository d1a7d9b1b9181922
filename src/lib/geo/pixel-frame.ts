// Where a raster's pixels are on the ellipsoid: the pixel window under a lon/lat box, each pixel's
// centre in lon/lat and its true area (m²) on WGS84. Degree grids keep one area per row; projected
// grids measure pixels as geodesic quadrilaterals of their four corners, exactly every STEP pixels
// and interpolated in between.
import type { BBox } from 'geojson';
import { flatRingAreaM2 } from './geodesic-area';
import type { RasterGrid } from './raster-grid';

export interface PixelWindow {
  c0: number;
  c1: number;
  r0: number;
  r1: number;
  /** Centre of pixel (c, r) in lon/lat; `out` is reused. */
  centre(c: number, r: number, out: [number, number]): [number, number];
  /** Area of pixel (c, r) in m². */
  area(c: number, r: number): number;
}

const DENSIFY = 8;
/** Projected grids: exact conversions every STEP pixels, interpolated in between. */
const STEP = 16;

/** Pixel window of `grid` covering `bbox` (lon/lat), or null when they do not meet. */
export function pixelWindow(grid: RasterGrid, [w, s, e, n]: BBox): PixelWindow | null {
  const proj = grid.projection;
  let [x0, y0, x1, y1] = [w, s, e, n];
  if (proj) {
    // The box's edges are curves once projected: sample them.
    [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i <= DENSIFY; i++) {
      const t = i / DENSIFY;
      for (const [lon, lat] of [
        [w + t * (e - w), s],
        [w + t * (e - w), n],
        [w, s + t * (n - s)],
        [e, s + t * (n - s)]
      ] as const) {
        const [x, y] = proj.fromLonLat(lon, lat);
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    }
  }
  const margin = proj ? 1 : 0;
  const c0 = Math.max(0, Math.floor((x0 - grid.west) / grid.dx) - margin);
  const c1 = Math.min(grid.width - 1, Math.floor((x1 - grid.west) / grid.dx) + margin);
  const r0 = Math.max(0, Math.floor((grid.north - y1) / grid.dy) - margin);
  const r1 = Math.min(grid.height - 1, Math.floor((grid.north - y0) / grid.dy) + margin);
  if (!(c0 <= c1 && r0 <= r1)) return null;
  return proj ? projectedWindow(grid, c0, c1, r0, r1) : degreeWindow(grid, c0, c1, r0, r1);
}

function degreeWindow(g: RasterGrid, c0: number, c1: number, r0: number, r1: number): PixelWindow {
  const areas = new Float64Array(r1 - r0 + 1);
  for (let r = r0; r <= r1; r++) {
    const top = g.north - r * g.dy;
    const [a, b, c, d] = [g.west, top - g.dy, g.west + g.dx, top];
    areas[r - r0] = flatRingAreaM2([a, b, c, b, c, d, a, d, a, b], 0, 5);
  }
  return {
    c0,
    c1,
    r0,
    r1,
    centre: (c, r, out) => {
      out[0] = g.west + (c + 0.5) * g.dx;
      out[1] = g.north - (r + 0.5) * g.dy;
      return out;
    },
    area: (_c, r) => areas[r - r0]!
  };
}

/** Sample columns (or rows) every STEP pixels from `lo` to `hi`, both included. */
function samples(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let v = lo; v < hi; v += STEP) out.push(v);
  out.push(hi);
  return out;
}

/** For each pixel lo…hi: the sample interval holding it and the fraction along it. */
function intervals(at: number[], lo: number, hi: number): { idx: Int32Array; frac: Float64Array } {
  const idx = new Int32Array(hi - lo + 1);
  const frac = new Float64Array(hi - lo + 1);
  for (let v = lo; v <= hi; v++) {
    const i = Math.min(Math.floor((v - lo) / STEP), Math.max(0, at.length - 2));
    const a = at[i]!;
    const b = at[i + 1] ?? a;
    idx[v - lo] = i;
    frac[v - lo] = b > a ? (v - a) / (b - a) : 0;
  }
  return { idx, frac };
}

function projectedWindow(
  g: RasterGrid,
  c0: number,
  c1: number,
  r0: number,
  r1: number
): PixelWindow {
  const proj = g.projection!;
  const cs = samples(c0, c1);
  const rs = samples(r0, r1);
  const n = cs.length;
  // Exact centre (lon, lat) and quadrilateral area of each sampled pixel.
  const field = new Float64Array(n * rs.length * 3);
  const ring = new Float64Array(10);
  const corner = (k: number, x: number, y: number) => {
    const [lon, lat] = proj.toLonLat(x, y);
    ring[2 * k] = lon;
    ring[2 * k + 1] = lat;
  };
  rs.forEach((r, j) =>
    cs.forEach((c, i) => {
      const [x, y] = [g.west + c * g.dx, g.north - r * g.dy];
      corner(0, x, y - g.dy);
      corner(1, x + g.dx, y - g.dy);
      corner(2, x + g.dx, y);
      corner(3, x, y);
      corner(4, x, y - g.dy);
      const [lon, lat] = proj.toLonLat(x + g.dx / 2, y - g.dy / 2);
      field.set([lon, lat, flatRingAreaM2(ring, 0, 5)], (j * n + i) * 3);
    })
  );
  // Bilinear interpolation between samples: the projection's distortion is smooth, so over
  // STEP pixels the error is far below a millimetre in position and 1e-8 in area.
  const col = intervals(cs, c0, c1);
  const row = intervals(rs, r0, r1);
  const value = (c: number, r: number, k: number) => {
    const i = col.idx[c - c0]!;
    const t = col.frac[c - c0]!;
    const j = row.idx[r - r0]!;
    const u = row.frac[r - r0]!;
    const i1 = Math.min(i + 1, n - 1);
    const j1 = Math.min(j + 1, rs.length - 1);
    const a = (j * n + i) * 3 + k;
    const b = (j * n + i1) * 3 + k;
    const top = field[a]! + t * (field[b]! - field[a]!);
    const c2 = (j1 * n + i) * 3 + k;
    const d = (j1 * n + i1) * 3 + k;
    const bottom = field[c2]! + t * (field[d]! - field[c2]!);
    return top + u * (bottom - top);
  };
  return {
    c0,
    c1,
    r0,
    r1,
    centre: (c, r, out) => {
      out[0] = value(c, r, 0);
      out[1] = value(c, r, 1);
      return out;
    },
    area: (c, r) => value(c, r, 2)
  };
}
