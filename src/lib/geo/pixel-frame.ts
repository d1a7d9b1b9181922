// Where a raster's pixels are on the ellipsoid: the pixel window under a lon/lat box, each pixel's
// centre in lon/lat and its true area (m²) on WGS84. Degree grids keep one area per row; projected
// grids measure each pixel as the geodesic quadrilateral of its four corners, which are converted
// once per window and shared between neighbours.
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

function projectedWindow(
  g: RasterGrid,
  c0: number,
  c1: number,
  r0: number,
  r1: number
): PixelWindow {
  const proj = g.projection!;
  const cols = c1 - c0 + 2;
  // Corner (c, r) of the window's node grid, as lon,lat pairs.
  const nodes = new Float64Array(cols * (r1 - r0 + 2) * 2);
  for (let r = r0; r <= r1 + 1; r++)
    for (let c = c0; c <= c1 + 1; c++) {
      const [lon, lat] = proj.toLonLat(g.west + c * g.dx, g.north - r * g.dy);
      const i = ((r - r0) * cols + (c - c0)) * 2;
      nodes[i] = lon;
      nodes[i + 1] = lat;
    }
  const ring = new Float64Array(10);
  const put = (k: number, c: number, r: number) => {
    const i = ((r - r0) * cols + (c - c0)) * 2;
    ring[2 * k] = nodes[i]!;
    ring[2 * k + 1] = nodes[i + 1]!;
  };
  return {
    c0,
    c1,
    r0,
    r1,
    centre: (c, r, out) => {
      const [lon, lat] = proj.toLonLat(g.west + (c + 0.5) * g.dx, g.north - (r + 0.5) * g.dy);
      out[0] = lon;
      out[1] = lat;
      return out;
    },
    area: (c, r) => {
      put(0, c, r + 1);
      put(1, c + 1, r + 1);
      put(2, c + 1, r);
      put(3, c, r);
      put(4, c, r + 1);
      return flatRingAreaM2(ring, 0, 5);
    }
  };
}
