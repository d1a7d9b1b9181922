// Zonal statistics of a lon/lat raster per municipio: a pixel belongs to a municipio when its
// centre does (GEOS prepared point-in-polygon), and weighs by its true area on the WGS84 ellipsoid
// (pixels shrink towards the poles: a 1″ pixel at 12° N is 2 % smaller than at the equator).
// Continuous rasters give area-weighted mean, min and max; categorical ones the share of each class.
import { flatRingAreaM2 } from './geodesic-area';
import type { GeosRuntime } from './geos-runtime';
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

/** Ellipsoidal area (m²) of one pixel in each row. */
function rowAreas(g: RasterGrid): Float64Array {
  const areas = new Float64Array(g.height);
  for (let r = 0; r < g.height; r++) {
    const n = g.north - r * g.dy;
    const s = n - g.dy;
    const w = g.west;
    const e = w + g.dx;
    areas[r] = flatRingAreaM2([w, s, e, s, e, n, w, n, w, s], 0, 5);
  }
  return areas;
}

export function zonalStats(
  { geos }: GeosRuntime,
  municipios: PreparedLayer,
  grid: RasterGrid,
  categorical: boolean,
  only?: ReadonlySet<string>
): ZonalResult[] {
  const areas = rowAreas(grid);
  const out: ZonalResult[] = [];
  for (const m of municipios.items) {
    if (only && !only.has(m.id)) continue;
    if (!m.prepared) m.prepared = geos.GEOSPrepare(m.geometry);
    const [w, s, e, n] = m.bbox;
    const c0 = Math.max(0, Math.floor((w - grid.west) / grid.dx));
    const c1 = Math.min(grid.width - 1, Math.floor((e - grid.west) / grid.dx));
    const r0 = Math.max(0, Math.floor((grid.north - n) / grid.dy));
    const r1 = Math.min(grid.height - 1, Math.floor((grid.north - s) / grid.dy));
    let area = 0;
    let sum = 0;
    let pixels = 0;
    let min = Infinity;
    let max = -Infinity;
    const classes = new Map<number, number>();
    for (let r = r0; r <= r1; r++) {
      const y = grid.north - (r + 0.5) * grid.dy;
      for (let c = c0; c <= c1; c++) {
        const v = grid.values[r * grid.width + c]!;
        if (Number.isNaN(v) || v === grid.noData) continue;
        if (geos.GEOSPreparedContainsXY(m.prepared, grid.west + (c + 0.5) * grid.dx, y) !== 1)
          continue;
        const a = areas[r]!;
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
