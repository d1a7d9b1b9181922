// The bundled MapBiomas transition raster over Caquetá (253 million pixels, LZW): its decode with
// geotiff's own LZW decoder against import/tiff-lzw.ts on the same tiles, and the zonal engine's
// scanline spans against the per-pixel GEOS point-in-polygon test they replaced, on one municipio.
import { fromArrayBuffer, getDecoder } from 'geotiff';
import { readFileSync } from 'node:fs';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { parseWire, type WireFeature } from '../src/lib/geo/overlay-session';
import { pixelWindow } from '../src/lib/geo/pixel-frame';
import { prepareLayer } from '../src/lib/geo/prepare-layer';
import { zonalStats } from '../src/lib/geo/zonal-stats';
import { readGeotiff } from '../src/lib/import/read-geotiff';
import { useFastLzw } from '../src/lib/import/tiff-lzw';

const RASTER = 'sources/raster/transicion_cobertura_2022_2023_caqueta_mapbiomas.tif';
const TILE_STEP = 4; // every 4th tile of each row, for both decoders

export async function realRasterBench(municipios: WireFeature[]) {
  const b = readFileSync(RASTER);
  const im = await (
    await fromArrayBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))
  ).getImage(0);
  const params = {
    tileWidth: im.getTileWidth(),
    tileHeight: im.getTileHeight(),
    planarConfiguration: im.planarConfiguration,
    bitsPerSample: 8,
    predictor: 1
  };
  const theirs = await getDecoder(5, params);
  useFastLzw();
  const ours = await getDecoder(5, params);
  const decode = async (d: typeof ours) => {
    const t = performance.now();
    let tiles = 0;
    for (let ty = 0; ty * params.tileHeight < im.getHeight(); ty++)
      for (let tx = 0; tx * params.tileWidth < im.getWidth(); tx += TILE_STEP, tiles++)
        await im.getTileOrStrip(tx, ty, 0, d);
    return { ms: performance.now() - t, tiles };
  };
  const slow = await decode(theirs);
  const fast = await decode(ours);

  let t = performance.now();
  const grid = await readGeotiff({ name: RASTER, bytes: new Uint8Array(b) });
  const readMs = performance.now() - t;
  const rt = await loadGeos();
  const caqueta = prepareLayer(
    rt,
    parseWire(
      municipios.filter((m) => m.id.startsWith('18')),
      []
    )
  );
  t = performance.now();
  const all = zonalStats(rt, caqueta, grid, true);
  const zonalMs = performance.now() - t;

  // One municipio (Florencia, 18001), both ways: pixels counted must agree.
  const florencia = new Set(['18001']);
  t = performance.now();
  const [spans] = zonalStats(rt, caqueta, grid, true, florencia);
  const spansMs = performance.now() - t;
  const m = caqueta.items.find((x) => x.id === '18001')!;
  t = performance.now();
  const prepared = rt.geos.GEOSPrepare(m.geometry);
  const win = pixelWindow(grid, m.bbox)!;
  const at: [number, number] = [0, 0];
  let pip = 0;
  for (let r = win.r0; r <= win.r1; r++)
    for (let c = win.c0; c <= win.c1; c++) {
      const [x, y] = win.centre(c, r, at);
      if (rt.geos.GEOSPreparedContainsXY(prepared, x, y) === 1) pip++;
    }
  const pipMs = performance.now() - t;
  rt.geos.GEOSPreparedGeom_destroy(prepared);
  caqueta.destroy();
  return {
    raster_pixels: grid.width * grid.height,
    decode_tiles: fast.tiles,
    decode_geotiff_lzw_ms: slow.ms,
    decode_fast_lzw_ms: fast.ms,
    decode_speedup: slow.ms / fast.ms,
    read_band_ms: readMs,
    zonal_caqueta_16_municipios_ms: zonalMs,
    caqueta_pixels: all.reduce((s, r) => s + r.pixels, 0),
    florencia_pixels_spans: spans?.pixels ?? 0,
    florencia_pixels_pip: pip,
    florencia_spans_ms: spansMs,
    florencia_pip_ms: pipMs,
    spans_speedup: pipMs / spansMs
  };
}
