// A ≈50 MB shapefile for the import benchmark: the outer rings of the bundled MGN 2018 municipios,
// projected to EPSG:9377 (as ANM layers come) and repeated until the .shp passes the target size.
// A benchmark input only — never shipped nor shown as data.
import proj4 from 'proj4';
import type { MultiPolygon, Polygon } from 'geojson';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { buildTestShapefile, type Ring } from '../scripts/fixtures/write-test-shapefile';
import { ORIGEN_NACIONAL_PROJ4 } from '../test/fixtures/crs-wkt';

/** Repeats the records of a shapefile `times` times (record numbers, offsets and counts fixed). */
function repeat(p: { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array }, times: number) {
  const records = p.shp.subarray(100);
  const shp = new Uint8Array(100 + records.length * times);
  shp.set(p.shp.subarray(0, 100));
  const shv = new DataView(shp.buffer);
  const n = (p.shx.length - 100) / 8;
  const shx = new Uint8Array(100 + 8 * n * times);
  shx.set(p.shx.subarray(0, 100));
  const sxv = new DataView(shx.buffer);
  const srcIndex = new DataView(p.shx.buffer, p.shx.byteOffset);
  for (let k = 0; k < times; k++) {
    shp.set(records, 100 + k * records.length);
    for (let i = 0; i < n; i++) {
      const at = 100 + 8 * (k * n + i);
      const offsetWords = srcIndex.getInt32(100 + 8 * i, false) + (k * records.length) / 2;
      sxv.setInt32(at, offsetWords, false);
      sxv.setInt32(at + 4, srcIndex.getInt32(104 + 8 * i, false), false);
      shv.setInt32(offsetWords * 2, k * n + i + 1, false);
    }
  }
  shv.setInt32(24, shp.length / 2, false);
  sxv.setInt32(24, shx.length / 2, false);
  const dv = new DataView(p.dbf.buffer, p.dbf.byteOffset);
  const headerBytes = dv.getUint16(8, true);
  const rows = p.dbf.subarray(headerBytes, p.dbf.length - 1);
  const dbf = new Uint8Array(headerBytes + rows.length * times + 1);
  dbf.set(p.dbf.subarray(0, headerBytes));
  for (let k = 0; k < times; k++) dbf.set(rows, headerBytes + k * rows.length);
  dbf[dbf.length - 1] = 0x1a;
  new DataView(dbf.buffer).setUint32(4, n * times, true);
  return { shp, shx, dbf };
}

export async function largeShapefile(targetBytes: number, prj: string) {
  const toGrid = proj4('EPSG:4326', ORIGEN_NACIONAL_PROJ4);
  const features = (await readArrowRows('data', 'municipios')).flatMap((r) => {
    const g = JSON.parse(String(r.geometry)) as Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.map((p) => ({
      ring: p[0]!.map((c) => toGrid.forward([c[0]!, c[1]!]) as [number, number]) as Ring,
      properties: { CODIGO: String(r.code), NOMBRE: String(r.name) }
    }));
  });
  const one = buildTestShapefile({ features, dbfEncoding: 'latin1', prj });
  const times = Math.ceil(targetBytes / one.shp.length);
  return { ...repeat(one, times), prj: one.prj!, features: features.length * times };
}
