// Zonal statistics of a raster per municipio: a pixel belongs to a municipio when its centre does
// (scanline fill of the municipio's rings in the grid's CRS, so the cost follows the boundary, not
// one point-in-polygon test per pixel), and weighs by its true area on the WGS84 ellipsoid (degree
// pixels shrink towards the poles; projected ones vary with the projection's scale).
// Continuous rasters give area-weighted mean, min and max; categorical ones the share of each class.
import type { GeosRuntime } from './geos-runtime';
import { eachRing } from './geos-rings';
import { pixelWindow } from './pixel-frame';
import { pixelSpans } from './pixel-spans';
import type { PreparedLayer } from './prepare-layer';
import type { RasterGrid } from './raster-grid';

export interface ZonalResult {
  code: string;
  /** Area of the municipio's pixels with data, ha. */
  area_ha: number;
  pixels: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Categorical rasters: class value → % of the area with data. */
  shares: Record<string, number> | null;
}

export function zonalStats(
  { geos }: GeosRuntime,
  municipios: PreparedLayer,
  grid: RasterGrid,
  categorical: boolean,
  only?: ReadonlySet<string>
): ZonalResult[] {
  const out: ZonalResult[] = [];
  const proj = grid.projection;
  for (const m of municipios.items) {
    if (only && !only.has(m.id)) continue;
    const win = pixelWindow(grid, m.bbox);
    const rings: Float64Array[] = [];
    if (win)
      eachRing(geos, m.geometry, (xy, n) => {
        const ring = xy.slice(0, 2 * n);
        if (proj)
          for (let i = 0; i < ring.length; i += 2)
            [ring[i], ring[i + 1]] = proj.fromLonLat(ring[i]!, ring[i + 1]!);
        rings.push(ring);
      });
    const spans = pixelSpans(rings, grid);
    let area = 0;
    let sum = 0;
    let pixels = 0;
    let min = Infinity;
    let max = -Infinity;
    const classes = new Map<number, number>();
    for (let r = Math.max(spans.r0, win?.r0 ?? 0); win && r <= Math.min(spans.r1, win.r1); r++) {
      const k1 = spans.start[r - spans.r0 + 1]!;
      for (let k = spans.start[r - spans.r0]!; k < k1; k++) {
        const c1 = Math.min(win.c1, spans.runs[2 * k + 1]!);
        for (let c = Math.max(win.c0, spans.runs[2 * k]!); c <= c1; c++) {
          const v = grid.values[r * grid.width + c]!;
          if (Number.isNaN(v) || v === grid.noData) continue;
          const a = win.area(c, r);
          area += a;
          pixels++;
          if (categorical) classes.set(v, (classes.get(v) ?? 0) + a);
          else {
            sum += v * a;
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
    }
    out.push({
      code: m.id,
      area_ha: area / 10_000,
      pixels,
      mean: !categorical && pixels ? sum / area : null,
      min: !categorical && pixels ? min : null,
      max: !categorical && pixels ? max : null,
      shares: categorical
        ? Object.fromEntries([...classes].map(([k, a]) => [String(k), (100 * a) / area]))
        : null
    });
  }
  return out;
}
