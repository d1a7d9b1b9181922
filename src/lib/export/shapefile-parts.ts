// Features as shapefile parts (.shp .shx .dbf .prj .cpg), one shapefile per geometry family
// present (polygons, lines, points), in WGS84 or a MAGNA-SIRGAS CRS (export-crs.ts), UTF-8 .dbf
// with its .cpg. Field names are cut to dBASE's 10 characters (kept unique) and every rename is
// reported.
import type { Feature, Geometry, Position } from 'geojson';
import { exportCrs, type ExportEpsg } from './export-crs';

export type Family = 'poligonos' | 'lineas' | 'puntos';
const TYPE: Record<Family, number> = { poligonos: 5, lineas: 3, puntos: 8 };

function family(g: Geometry): Family | null {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'poligonos';
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'lineas';
  if (g.type === 'Point' || g.type === 'MultiPoint') return 'puntos';
  return null;
}

/** Twice the signed area (shoelace): positive when counter-clockwise. */
const signed2 = (r: Position[]) =>
  r.reduce(
    (s, p, i) => s + p[0]! * r[(i + 1) % r.length]![1]! - r[(i + 1) % r.length]![0]! * p[1]!,
    0
  );
const oriented = (r: Position[], clockwise: boolean) =>
  signed2(r) < 0 === clockwise ? r : [...r].reverse();

/** Parts (rings or lines) of a geometry, outer rings clockwise and holes counter-clockwise. */
function parts(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r, i) => oriented(r, i === 0));
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r, i) => oriented(r, i === 0)));
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
      return g.coordinates;
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
      return [g.coordinates];
    default:
      return [];
  }
}

/** [west, south, east, north] of points (a loop: spreading millions of values overflows). */
function boxOf(points: Position[]): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    b[0] = Math.min(b[0]!, p[0]!);
    b[1] = Math.min(b[1]!, p[1]!);
    b[2] = Math.max(b[2]!, p[0]!);
    b[3] = Math.max(b[3]!, p[1]!);
  }
  return b;
}

function header(view: DataView, bytes: number, type: number, box: number[]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, bytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  box.forEach((v, i) => view.setFloat64(36 + 8 * i, v, true));
}

function shpAndShx(geoms: Position[][][], fam: Family): { shp: Uint8Array; shx: Uint8Array } {
  const sizes = geoms.map((ps) => {
    const n = ps.reduce((s, p) => s + p.length, 0);
    return fam === 'puntos' ? 40 + 16 * n : 44 + 4 * ps.length + 16 * n;
  });
  const total = 100 + sizes.reduce((s, x) => s + 8 + x, 0);
  const shp = new DataView(new ArrayBuffer(total));
  const shx = new DataView(new ArrayBuffer(100 + 8 * geoms.length));
  const box = boxOf(geoms.flat(2));
  header(shp, total, TYPE[fam], box);
  header(shx, shx.byteLength, TYPE[fam], box);
  let at = 100;
  geoms.forEach((ps, i) => {
    const pts = ps.flat();
    shx.setInt32(100 + 8 * i, at / 2, false);
    shx.setInt32(104 + 8 * i, sizes[i]! / 2, false);
    shp.setInt32(at, i + 1, false);
    shp.setInt32(at + 4, sizes[i]! / 2, false);
    const c = at + 8;
    shp.setInt32(c, TYPE[fam], true);
    boxOf(pts).forEach((v, k) => shp.setFloat64(c + 4 + 8 * k, v, true));
    let o: number;
    if (fam === 'puntos') {
      shp.setInt32(c + 36, pts.length, true);
      o = c + 40;
    } else {
      shp.setInt32(c + 36, ps.length, true);
      shp.setInt32(c + 40, pts.length, true);
      let start = 0;
      ps.forEach((p, k) => {
        shp.setInt32(c + 44 + 4 * k, start, true);
        start += p.length;
      });
      o = c + 44 + 4 * ps.length;
    }
    pts.forEach((p, k) => {
      shp.setFloat64(o + 16 * k, p[0]!, true);
      shp.setFloat64(o + 16 * k + 8, p[1]!, true);
    });
    at += 8 + sizes[i]!;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** dBASE field names: ≤ 10 characters, unique regardless of case. */
function fieldNames(keys: string[], notes: string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const k of keys) {
    let name = k.replace(/[^\w]/g, '_').slice(0, 10);
    for (let n = 1; used.has(name.toUpperCase()); n++)
      name = `${name.slice(0, 10 - String(n).length)}${n}`;
    used.add(name.toUpperCase());
    out.set(k, name);
    if (name !== k) notes.push(`campo «${k}» → «${name}» (límite de 10 caracteres del .dbf)`);
  }
  return out;
}

function dbf(rows: Record<string, unknown>[], names: Map<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const keys = [...names.keys()];
  const numeric = keys.map((k) =>
    rows.every((r) => r[k] === null || r[k] === undefined || typeof r[k] === 'number')
  );
  const cells = rows.map((r) =>
    keys.map((k, i) =>
      enc.encode(
        r[k] === null || r[k] === undefined ? '' : numeric[i] ? String(r[k]) : String(r[k])
      )
    )
  );
  const widths = keys.map((_, i) => Math.min(254, Math.max(1, ...cells.map((c) => c[i]!.length))));
  const headerBytes = 32 + 32 * keys.length + 1;
  const recordBytes = 1 + widths.reduce((s, w) => s + w, 0);
  const out = new Uint8Array(headerBytes + recordBytes * rows.length + 1);
  const v = new DataView(out.buffer);
  v.setUint8(0, 3);
  v.setUint8(1, 126);
  v.setUint8(2, 1);
  v.setUint8(3, 1);
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerBytes, true);
  v.setUint16(10, recordBytes, true);
  keys.forEach((k, i) => {
    out.set(enc.encode(names.get(k)!), 32 + 32 * i);
    out[32 + 32 * i + 11] = (numeric[i] ? 'N' : 'C').charCodeAt(0);
    out[32 + 32 * i + 16] = widths[i]!;
  });
  out[headerBytes - 1] = 0x0d;
  cells.forEach((row, r) => {
    let at = headerBytes + r * recordBytes;
    out.fill(0x20, at, at + recordBytes);
    at++;
    row.forEach((c, i) => {
      out.set(
        c.subarray(0, widths[i]),
        numeric[i] ? at + widths[i]! - Math.min(c.length, widths[i]!) : at
      );
      at += widths[i]!;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export interface ShapefileParts {
  family: Family;
  /** By extension: shp, shx, dbf, prj, cpg. */
  files: Record<'shp' | 'shx' | 'dbf' | 'prj' | 'cpg', Uint8Array>;
}

/** `features` in lon/lat; `epsg` the CRS written (coordinates converted, matching .prj). */
export function shapefileParts(
  features: Feature<Geometry | null>[],
  epsg: ExportEpsg = 4326
): { parts: ShapefileParts[]; notes: string[] } {
  const notes: string[] = [];
  const crs = exportCrs(epsg);
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const names = fieldNames(keys, notes);
  const out: ShapefileParts[] = [];
  for (const fam of ['poligonos', 'lineas', 'puntos'] as Family[]) {
    const chosen = features.filter((f) => f.geometry && family(f.geometry) === fam);
    if (!chosen.length) continue;
    const { shp, shx } = shpAndShx(
      chosen.map((f) => parts(crs.project(f.geometry!))),
      fam
    );
    const dbfBytes = dbf(
      chosen.map((f) => f.properties ?? {}),
      names
    );
    const text = (t: string) => new TextEncoder().encode(t);
    out.push({
      family: fam,
      files: { shp, shx, dbf: dbfBytes, prj: text(crs.prj), cpg: text('UTF-8') }
    });
  }
  const skipped = features.filter((f) => !f.geometry || !family(f.geometry)).length;
  if (skipped) notes.push(`${skipped} elementos sin geometría exportable se omitieron`);
  return { parts: out, notes };
}
