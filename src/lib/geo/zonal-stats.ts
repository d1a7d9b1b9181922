// Zonal statistics of a raster per municipio: a pixel belongs to a municipio when its centre does
// (GEOS prepared point-in-polygon), and weighs by its true area on the WGS84 ellipsoid (degree
// pixels shrink towards the poles; projected ones vary with the projection's scale).
// Continuous rasters give area-weighted mean, min and max; categorical ones the share of each class.
import type { GeosRuntime } from './geos-runtime';
import { pixelWindow } from './pixel-frame';
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
  const at: [number, number] = [0, 0];
  for (const m of municipios.items) {
    if (only && !only.has(m.id)) continue;
    if (!m.prepared) m.prepared = geos.GEOSPrepare(m.geometry);
    const win = pixelWindow(grid, m.bbox);
    let area = 0;
    let sum = 0;
    let pixels = 0;
    let min = Infinity;
    let max = -Infinity;
    const classes = new Map<number, number>();
    for (let r = win?.r0 ?? 0; win && r <= win.r1; r++) {
      for (let c = win.c0; c <= win.c1; c++) {
        const v = grid.values[r * grid.width + c]!;
        if (Number.isNaN(v) || v === grid.noData) continue;
        const [x, y] = win.centre(c, r, at);
        if (geos.GEOSPreparedContainsXY(m.prepared, x, y) !== 1) continue;
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
