// Zonal statistics of a seeded raster over the Nordeste antioqueño: the same number of pixels on a
// degree grid (one area per row) and on an EPSG:9377 grid (one geodesic quadrilateral per pixel).
import proj4 from 'proj4';
import { SUPPORTED_CRS } from '../src/lib/import/supported-crs';
import type { WireFeature } from '../src/lib/geo/overlay-session';
import { OverlaySession } from '../src/lib/geo/overlay-session';
import type { RasterGrid } from '../src/lib/geo/raster-grid';
import { seeded } from './noisy-polygon';

const [W, S, E, N] = [-75.45, 6.2, -74.55, 7.45]; // Nordeste's box, degrees
const SIDE = 2000; // pixels per side: 4 million

function values(): Float32Array {
  const rnd = seeded(31);
  return Float32Array.from({ length: SIDE * SIDE }, () => Math.floor(rnd() * 8));
}

function projectedGrid(v: Float32Array): RasterGrid {
  const def = SUPPORTED_CRS.find((c) => c.epsg === 9377)!.proj4;
  const conv = proj4(def, '+proj=longlat +ellps=GRS80 +no_defs');
  const [x0, y0] = conv.inverse([W, S]);
  const [x1, y1] = conv.inverse([E, N]);
  const dx = (x1! - x0!) / SIDE;
  const dy = (y1! - y0!) / SIDE;
  return {
    width: SIDE,
    height: SIDE,
    west: x0!,
    north: y1!,
    dx,
    dy,
    values: v,
    noData: null,
    projection: {
      epsg: 9377,
      toLonLat: (x, y) => conv.forward([x, y]) as [number, number],
      fromLonLat: (lon, lat) => conv.inverse([lon, lat]) as [number, number]
    }
  };
}

export async function rasterZonalBench(municipios: WireFeature[], codes: string[]) {
  const session = await OverlaySession.open();
  session.load({ layer: 'm', features: municipios.filter((f) => codes.includes(f.id)) });
  const v = values();
  const degrees: RasterGrid = {
    width: SIDE,
    height: SIDE,
    west: W,
    north: N,
    dx: (E - W) / SIDE,
    dy: (N - S) / SIDE,
    values: v,
    noData: null
  };
  const timeIt = (g: RasterGrid) => {
    const t = performance.now();
    const r = session.zonal('m', g, true);
    return { ms: performance.now() - t, pixels: r.reduce((s, x) => s + x.pixels, 0) };
  };
  const geo = timeIt(degrees);
  const proj = timeIt(projectedGrid(v));
  session.unload('m');
  return {
    raster_pixels: SIDE * SIDE,
    degrees_ms: geo.ms,
    degrees_pixels_in_municipios: geo.pixels,
    epsg9377_ms: proj.ms,
    epsg9377_pixels_in_municipios: proj.pixels,
    ratio_projected_vs_degrees: proj.ms / geo.ms
  };
}
