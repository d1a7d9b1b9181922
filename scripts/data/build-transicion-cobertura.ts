// Land-cover transition raster 2022 → 2023 over Caquetá (third-party MapBiomas derivative) → the
// hectares of each class in each of Caquetá's 16 municipios, by the app's own zonal statistics
// (the same GeoTIFF reader and engine as `atlas zonal` and the browser importer).
import { tableFromIPC } from 'apache-arrow';
import { LAND_COVER_CLASSES } from '../../src/lib/catalog/regional-rasters';
import { loadGeos } from '../../src/lib/geo/geos-runtime';
import { parseWire } from '../../src/lib/geo/overlay-session';
import { prepareLayer } from '../../src/lib/geo/prepare-layer';
import { zonalStats } from '../../src/lib/geo/zonal-stats';
import { readGeotiff } from '../../src/lib/import/read-geotiff';
import { arrowIpc, type Column } from './arrow-table';
import { expectEqual, expectThat } from './fail';

const CAQUETA = '18';
/** The raster must cover each municipio: pixels with data within this share of its MGN area. */
const COVERAGE = 0.005;
const round2 = (v: number) => Math.round(v * 100) / 100;

export async function buildTransicionCobertura(tif: Uint8Array, municipiosArrow: Uint8Array) {
  const grid = await readGeotiff({ name: 'transicion_cobertura.tif', bytes: tif });
  const t = tableFromIPC(municipiosArrow);
  const all = t.toArray() as { code: string; geometry: string }[];
  const mine = all.filter((m) => m.code.startsWith(CAQUETA));
  expectEqual('municipios de Caquetá en el MGN 2018', mine.length, 16);
  const rt = await loadGeos();
  const layer = prepareLayer(
    rt,
    parseWire(
      mine.map((m) => ({ id: m.code, geometry: m.geometry })),
      []
    )
  );
  const results = zonalStats(rt, layer, grid, true);
  const areaOf = new Map(layer.items.map((m) => [m.id, m.areaHa]));
  layer.destroy();
  const known = new Set(LAND_COVER_CLASSES.map((c) => String(c.code)));
  for (const r of results) {
    const area = areaOf.get(r.code)!;
    const unknown = Object.keys(r.shares ?? {}).filter((k) => !known.has(k));
    expectThat(`${r.code}: clases no documentadas ${unknown.join(', ')}`, unknown.length === 0);
    expectThat(
      `${r.code}: el ráster cubre ${r.area_ha.toFixed(0)} ha de ${area.toFixed(0)}`,
      Math.abs(r.area_ha - area) <= COVERAGE * area
    );
  }
  const columns: Record<string, Column> = {
    code: { type: 'utf8', values: results.map((r) => r.code) },
    area_ha: { type: 'f64', values: results.map((r) => round2(r.area_ha)) },
    pixels: { type: 'i32', values: results.map((r) => r.pixels) }
  };
  for (const c of LAND_COVER_CLASSES)
    columns[c.column] = {
      type: 'f64',
      values: results.map((r) => round2(((r.shares?.[String(c.code)] ?? 0) * r.area_ha) / 100))
    };
  return { rows: results.length, bytes: arrowIpc(columns) };
}
