// The six protected-area and reserve polygon layers as built into data/, checked against the raw
// files in sources/ read here without the build's readers (SQL on the GeoPackages, the DBF of each
// zipped shapefile), plus the GeoPackage reader's refusals and the import presets.
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import type { MultiPolygon, Polygon } from 'geojson';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as shapefile from 'shapefile';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGeopackage } from '../scripts/data/read-geopackage';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
import { matchPreset } from '../src/lib/import/layer-presets';
import { readArrowRows, type Row } from '../src/lib/node/read-arrow-rows';
import { SOURCES } from './fixtures/sources';

type Raw = Record<string, unknown>;
const RUNAP = `${SOURCES}/areas_protegidas/runap_recorte_caqueta.gpkg`;
const RESGUARDOS = `${SOURCES}/etnicos/resguardos_ant_recorte_caqueta.gpkg`;
const RFPN_DIR = `${SOURCES}/areas_protegidas/rfpn_zips`;
const ZIPS = {
  ramsar: `${SOURCES}/areas_protegidas/humedales_ramsar_2024-07-31.zip`,
  sustracciones_ley_segunda: `${SOURCES}/ambiental/sustracciones_temporales_ley2_2021.zip`,
  sustracciones_rfpn: `${SOURCES}/ambiental/sustracciones_rfpn.zip`,
  compensaciones_sustracciones: `${SOURCES}/ambiental/compensaciones_sustracciones_reservas_2024-08-15.zip`
};

function gpkgRows(path: string): Raw[] {
  const db = new Database(path, { readonly: true });
  try {
    const { table_name } = db
      .prepare("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
      .get() as { table_name: string };
    return db.prepare(`SELECT * FROM "${table_name}"`).all() as Raw[];
  } finally {
    db.close();
  }
}

/** The records of the zip's .dbf, as many as its header counts (several RFPN files carry
 * leftover bytes after the last record, which the `shapefile` DBF reader returns as rows). */
async function dbfRows(zipPath: string): Promise<Raw[]> {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const [, dbf] = Object.entries(files).find(([name]) => name.toLowerCase().endsWith('.dbf'))!;
  const count = new DataView(dbf.buffer, dbf.byteOffset).getUint32(4, true);
  const source = await shapefile.openDbf(dbf, { encoding: 'utf-8' });
  const rows: Raw[] = [];
  for (
    let next = await source.read();
    !next.done && rows.length < count;
    next = await source.read()
  )
    rows.push(next.value ?? {});
  return rows;
}

const area = (r: Row) => geodesicAreaHa(JSON.parse(String(r.geometry)) as Polygon | MultiPolygon);
/** Signed deviation of the geodesic area from the recorded hectares, in %. */
const deviation = (r: Row) =>
  (100 * (area(r) - Number(r.area_ha_source))) / Number(r.area_ha_source);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const built: Record<string, Row[]> = {};
const raw: Record<string, Raw[]> = {};
beforeAll(async () => {
  for (const t of [
    'runap_caqueta',
    'resguardos_caqueta',
    'rfpn',
    'ramsar',
    'sustracciones_ley_segunda',
    'sustracciones_rfpn',
    'compensaciones_sustracciones'
  ])
    built[t] = await readArrowRows('data', t);
  raw.runap_caqueta = gpkgRows(RUNAP);
  raw.resguardos_caqueta = gpkgRows(RESGUARDOS);
  const zips = readdirSync(RFPN_DIR).filter((f) => f.endsWith('.zip'));
  raw.rfpn = (await Promise.all(zips.map((z) => dbfRows(join(RFPN_DIR, z))))).flat();
  for (const [id, path] of Object.entries(ZIPS)) raw[id] = await dbfRows(path);
});

describe('bundled protected-area and reserve polygons', () => {
  it('keeps every raw feature: 99, 54, 57, 12, 84 (25 Minería), 27 and 49', () => {
    const expected = {
      runap_caqueta: 99,
      resguardos_caqueta: 54,
      rfpn: 57,
      ramsar: 12,
      sustracciones_ley_segunda: 84,
      sustracciones_rfpn: 27,
      compensaciones_sustracciones: 49
    };
    for (const [id, n] of Object.entries(expected)) {
      expect(raw[id], id).toHaveLength(n);
      expect(built[id], id).toHaveLength(n);
    }
    expect(raw.sustracciones_ley_segunda!.filter((r) => r.sector === 'Minería')).toHaveLength(25);
    expect(built.sustracciones_ley_segunda!.filter((r) => r.sector === 'Minería')).toHaveLength(25);
  });

  // Measured: the 90 RNSC (private reserves, one property each) deviate by a median of 0.04 %
  // from RUNAP's area_ha_to, at most 5.9 % (Hacienda Esmeraldas, −5.9 %; Hacienda Villa Mery +2.1 %).
  // The 9 PNN and PNR are only ever smaller than RUNAP's total, as a clip makes them: 7 lose more
  // than 10 % — Chiribiquete −25 %, Picachos −72 %, Guácharos −84 %, Churumbelos −98 %, Cerro
  // Páramo de Miraflores −99.7 %, Siberia Ceibas and Corredor Guácharos–Puracé −100 % (slivers).
  it('RUNAP Caquetá: RNSC areas match RUNAP (median < 0.1 %, max < 7 %); the clipped parks only shrink', () => {
    const rows = built.runap_caqueta!;
    const rnsc = rows.filter((r) => r.category === 'Reserva Natural de la Sociedad Civil');
    const parks = rows.filter((r) => r.category !== 'Reserva Natural de la Sociedad Civil');
    expect([rnsc.length, parks.length]).toEqual([90, 9]);
    const dev = rnsc.map((r) => Math.abs(deviation(r)));
    expect(median(dev)).toBeLessThan(0.1);
    expect(Math.max(...dev)).toBeLessThan(7);
    for (const p of parks)
      expect(area(p), String(p.feature_key)).toBeLessThanOrEqual(1.01 * Number(p.area_ha_source));
    expect(
      parks
        .filter((p) => deviation(p) < -10)
        .map((p) => p.runap_id)
        .sort()
    ).toEqual(['131', '563', '57', '6', '610', '614', '73']);
  });

  // Measured: the 48 resguardos the ANT files under a Caquetá municipio (18xxx) deviate from
  // AREA_TOTAL (the area of the latest act, not a GIS area) by a median of 1.27 %; acts and
  // polygons disagree beyond 10 % in 13 of them (Paez de La Siberia +38.5 %, Paez del Portal
  // +19.7 %, San Antonio del Fragua −87 %, Llanos del Yarí–Yaguará II −95 %, which the Caquetá
  // border cuts). The 6 filed outside Caquetá (Amazonas, Vaupés, Cauca) are clipped: −31 % to
  // −100 %, except El Aguila (+0.2 %, wholly inside the clip).
  it('resguardos Caquetá: median deviation < 1.5 % where filed in Caquetá; those filed outside only shrink', () => {
    const rows = built.resguardos_caqueta!;
    const inside = rows.filter((r) => String(r.municipio_code).startsWith('18'));
    const outside = rows.filter((r) => !String(r.municipio_code).startsWith('18'));
    expect([inside.length, outside.length]).toEqual([48, 6]);
    expect(median(inside.map((r) => Math.abs(deviation(r))))).toBeLessThan(1.5);
    for (const r of outside)
      expect(area(r), String(r.name)).toBeLessThanOrEqual(1.01 * Number(r.area_ha_source));
    expect(outside.filter((r) => deviation(r) < -30)).toHaveLength(5);
  });

  it('keeps the columns the consulta previa screens read: name (unique) and people', () => {
    const rows = built.resguardos_caqueta!;
    expect(new Set(rows.map((r) => r.name)).size).toBe(54);
    const teofila = rows.find((r) => r.name === 'Resguardo Indígena Coreguaje de La Teofila')!;
    const rawTeofila = raw.resguardos_caqueta!.find((r) => r.NOMBRE === teofila.name)!;
    expect(teofila.people).toBe(rawTeofila.PUEBLO);
    expect(teofila.people).toBe('COREGUAJE');
    expect(teofila.area_ha_source).toBe(rawTeofila.AREA_TOTAL);
    expect(area(teofila)).toBeCloseTo(24049.7, -1); // AREA_TOTAL 24,049.7468; geodesic −0.02 %
    expect(teofila.act_date).toBe('2024-10-30');
  });

  it('RUNAP Caquetá: a key per area where names repeat; Alto Fragua matches its hectares', () => {
    const rows = built.runap_caqueta!;
    expect(new Set(rows.map((r) => r.name)).size).toBe(91);
    expect(new Set(rows.map((r) => r.feature_key)).size).toBe(99);
    const fragua = rows.find((r) => r.feature_key === 'Alto Fragua - Indi Wasi (RUNAP 24)')!;
    const rawFragua = raw.runap_caqueta!.find((r) => r.ap_id === 24)!;
    expect(fragua.area_ha_source).toBe(rawFragua.area_ha_to);
    expect(Math.abs(deviation(fragua))).toBeLessThan(0.3); // 76,094.167 ha recorded, −0.15 %
  });

  it('RFPN: Páramo El Atravesado, a reserve, has its HARES (2,932.81 ha) as geodesic area', () => {
    const row = built.rfpn!.find((r) => r.name === 'Paramo El Atravesado')!;
    const rawRow = raw.rfpn!.find((r) => r.NOMBRE === 'Paramo El Atravesado')!;
    expect(row.area_ha_source).toBe(rawRow.HARES);
    expect(row.category).toBe('Reservas Forestales Protectoras Nacionales');
    expect(Math.abs(deviation(row))).toBeLessThan(0.01); // 2,932.73 geodesic
    expect(row.source_zip).toBe('paramo_el_atravesado_1749.zip');
  });

  it('Ramsar: Laguna del Otún, 115,883.09 ha recorded, −0.05 % geodesic', () => {
    const row = built.ramsar!.find((r) => r.name === 'Laguna del Otún')!;
    const rawRow = raw.ramsar!.find((r) => r.nombre === 'Laguna del Otún')!;
    expect(row.area_ha_source).toBe(rawRow.area_ha);
    expect(row.act).toBe(rawRow.acto_admin);
    expect(Math.abs(deviation(row))).toBeLessThan(0.1);
  });

  it('Ley 2ª subtractions: STL2_0001, copper mining in El Carmen de Atrato', () => {
    const row = built.sustracciones_ley_segunda!.find((r) => r.subtraction_id === 'STL2_0001')!;
    const rawRow = raw.sustracciones_ley_segunda!.find((r) => r.id === 'STL2_0001')!;
    expect([row.sector, row.municipio, row.reserve]).toEqual([
      rawRow.sector,
      rawRow.municipio,
      rawRow.nom_ley2
    ]);
    expect(row.feature_key).toBe('STL2_0001 · Resolución 151 De 2021');
    expect(row.end_date).toBeNull(); // blank fecha_fin in the DBF
    expect(row.area_ha_source).toBe(rawRow.area_ha);
    expect(Math.abs(deviation(row))).toBeLessThan(0.5); // 3.9159 ha
  });

  it('RFPN subtractions: the Arví park subtraction in Río Nare, 23.73 ha, read from Web Mercator', () => {
    const row = built.sustracciones_rfpn!.find((r) =>
      String(r.feature_key).startsWith('Río Nare · Res 194 de 2014')
    )!;
    const rawRow = raw.sustracciones_rfpn!.find((r) => r.objectid === 1)!;
    expect(row.project).toBe(rawRow.detalle);
    expect(row.sector_code).toBe('10');
    expect(row.area_ha_source).toBe(rawRow.area_ha);
    expect(Math.abs(deviation(row))).toBeLessThan(0.5);
  });

  it('compensations: the mining companies’ 4,695.24 ha in La Jagua de Ibirico (−0.45 %)', () => {
    const row = built.compensaciones_sustracciones!.find(
      (r) => r.project === 'Compensacion Empresas Mineras'
    )!;
    const rawRow = raw.compensaciones_sustracciones!.find(
      (r) => r.proyecto === 'Compensacion Empresas Mineras'
    )!;
    expect(row.area_ha_source).toBe(rawRow.area_ha);
    expect(row.reserve).toBe('Serrania de los Motilones');
    expect(Math.abs(deviation(row))).toBeLessThan(1);
    const keys = built.compensaciones_sustracciones!.map((r) => String(r.feature_key));
    expect(keys).toContain('SRF_00288 · Resolución 1730 de 2014 (2)');
    expect(built.compensaciones_sustracciones!.filter((r) => r.area_ha_source === 0)).toHaveLength(
      raw.compensaciones_sustracciones!.filter((r) => r.area_ha === 0).length
    );
  });
});

/** A minimal GeoPackage in memory with one feature row whose geometry blob is `blob`. */
function tinyGpkg(blob: Uint8Array, srs = 4326): Uint8Array {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY,
             organization TEXT, organization_coordsys_id INTEGER);
           CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT);
           CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, srs_id INTEGER);
           CREATE TABLE t (fid INTEGER PRIMARY KEY, geom BLOB, nombre TEXT);`);
  db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?)').run('x', srs, 'EPSG', srs);
  db.exec("INSERT INTO gpkg_contents VALUES ('t', 'features')");
  db.prepare("INSERT INTO gpkg_geometry_columns VALUES ('t', 'geom', ?)").run(srs);
  db.prepare("INSERT INTO t VALUES (1, ?, 'a')").run(Buffer.from(blob));
  const bytes = new Uint8Array(db.serialize());
  db.close();
  return bytes;
}

/** GP header (no envelope, little-endian, srs 4326) + a big-endian ISO Polygon Z (1003). */
function polygonZBigEndian(): Uint8Array {
  const ring = [
    [-75, 1, 100],
    [-74, 1, 100],
    [-74, 2, 100],
    [-75, 1, 100]
  ];
  const view = new DataView(new ArrayBuffer(8 + 13 + ring.length * 24));
  view.setUint8(0, 0x47);
  view.setUint8(1, 0x50);
  view.setUint8(3, 0x01);
  view.setInt32(4, 4326, true);
  view.setUint8(8, 0); // big-endian WKB
  view.setUint32(9, 1003);
  view.setUint32(13, 1);
  view.setUint32(17, ring.length);
  ring.flat().forEach((v, i) => view.setFloat64(21 + 8 * i, v));
  return new Uint8Array(view.buffer);
}

describe('scripts/data/read-geopackage.ts', () => {
  it('reads a big-endian ISO Polygon Z and drops Z', () => {
    const layer = readGeopackage(tinyGpkg(polygonZBigEndian()), 'mini.gpkg');
    expect(layer.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-75, 1],
          [-74, 1],
          [-74, 2],
          [-75, 1]
        ]
      ]
    });
    expect(layer.features[0]!.properties).toEqual({ fid: 1, nombre: 'a' });
  });

  it('refuses a file that is not SQLite', () => {
    expect(() => readGeopackage(new TextEncoder().encode('{"type":"x"}'), 'x.gpkg')).toThrow(
      'x.gpkg: no es un GeoPackage (SQLite)'
    );
  });

  it('refuses a blob without the GP header, a truncated WKB and a point', () => {
    const good = polygonZBigEndian();
    const noMagic = good.slice();
    noMagic[0] = 0x58;
    expect(() => readGeopackage(tinyGpkg(noMagic), 'a.gpkg')).toThrow(
      'a.gpkg, fila 1: geometría GeoPackage ilegible (la cabecera no empieza por «GP»)'
    );
    expect(() => readGeopackage(tinyGpkg(good.slice(0, good.length - 5)), 'b.gpkg')).toThrow(
      /b\.gpkg, fila 1: WKB ilegible \(truncado/
    );
    const point = good.slice(0, 8 + 21 + 8);
    new DataView(point.buffer).setUint32(9, 1); // Point (x, y): 16 bytes after the type
    expect(() => readGeopackage(tinyGpkg(point), 'c.gpkg')).toThrow(
      'c.gpkg, fila 1: geometría Point, se esperaba Polygon o MultiPolygon'
    );
  });

  it('refuses a CRS in metres (it does not reproject)', () => {
    expect(() => readGeopackage(tinyGpkg(polygonZBigEndian(), 3116), 'd.gpkg')).toThrow(
      /d\.gpkg: sistema de coordenadas srs_id 3116.*se aceptan EPSG:4326 y EPSG:4686/
    );
  });
});

describe('import presets for the national RUNAP and ANT polygon files', () => {
  it('maps the RUNAP schema (as in the Caquetá clip) by ap_id, ambiental', () => {
    const { fields } = readGeopackage(new Uint8Array(readFileSync(RUNAP)), 'runap.gpkg');
    const p = matchPreset(fields)!;
    expect([p.id, p.kind, p.keyField, p.nameField]).toEqual([
      'runap-areas-protegidas',
      'ambiental',
      'ap_id',
      'ap_nombre'
    ]);
  });

  it('maps the ANT 2025 schema (ULTIMO_*, AREA_TOTAL) by ID, étnico', () => {
    const { fields } = readGeopackage(new Uint8Array(readFileSync(RESGUARDOS)), 'res.gpkg');
    const p = matchPreset(fields)!;
    expect([p.id, p.kind, p.keyField, p.nameField, p.dateField]).toEqual([
      'ant-resguardos-2025',
      'étnico',
      'ID',
      'NOMBRE',
      'ULTIMA_FEC'
    ]);
  });
});
