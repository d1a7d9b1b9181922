// Well-known binary → GeoJSON, for the areal types only (Polygon, MultiPolygon): either byte order,
// 2D, Z, M and ZM in the ISO codes (1003, 2006, 3006…) and in the EWKB flag bits. Z and M are
// dropped. Anything else (another type, a truncated or over-long buffer, a non-finite coordinate)
// is a BuildCheckError naming `what`.
import type { Position } from 'geojson';
import { BuildCheckError } from './fail';
import type { Areal } from './geometry';

const EWKB_Z = 0x80000000;
const EWKB_M = 0x40000000;
const EWKB_SRID = 0x20000000;

class Reader {
  pos: number;
  little = true;
  constructor(
    readonly view: DataView,
    start: number,
    readonly what: string
  ) {
    this.pos = start;
  }
  fail(why: string): never {
    throw new BuildCheckError(`${this.what}: WKB ilegible (${why}, byte ${this.pos})`);
  }
  need(n: number) {
    if (this.pos + n > this.view.byteLength) this.fail('truncado');
  }
  u8() {
    this.need(1);
    return this.view.getUint8(this.pos++);
  }
  u32() {
    this.need(4);
    const v = this.view.getUint32(this.pos, this.little);
    this.pos += 4;
    return v;
  }
  f64() {
    this.need(8);
    const v = this.view.getFloat64(this.pos, this.little);
    this.pos += 8;
    return v;
  }
}

/** Byte order, then type: base type (3 Polygon, 6 MultiPolygon) and values per position. */
function header(r: Reader): { base: number; dims: number } {
  const order = r.u8();
  if (order > 1) r.fail(`orden de bytes ${order}`);
  r.little = order === 1;
  const raw = r.u32();
  let dims = 2 + (raw & EWKB_Z ? 1 : 0) + (raw & EWKB_M ? 1 : 0);
  if (raw & EWKB_SRID) r.u32();
  const code = raw & 0x0fffffff;
  const iso = Math.floor(code / 1000);
  if (iso > 3) r.fail(`tipo ${code}`);
  dims += [0, 1, 1, 2][iso]!;
  return { base: code % 1000, dims };
}

function polygon(r: Reader, dims: number): Position[][] {
  const rings: Position[][] = [];
  for (let n = r.u32(), i = 0; i < n; i++) {
    const count = r.u32();
    r.need(count * dims * 8);
    const ring: Position[] = new Array<Position>(count);
    for (let j = 0; j < count; j++) {
      const x = r.f64();
      const y = r.f64();
      for (let k = 2; k < dims; k++) r.f64();
      if (!Number.isFinite(x) || !Number.isFinite(y)) r.fail('coordenada no finita');
      ring[j] = [x, y];
    }
    rings.push(ring);
  }
  return rings;
}

const TYPE_NAMES: Record<number, string> = {
  1: 'Point',
  2: 'LineString',
  4: 'MultiPoint',
  5: 'MultiLineString',
  7: 'GeometryCollection'
};

/** The Polygon or MultiPolygon at `start` of `view`; the WKB must end exactly at `view`'s end. */
export function parseWkb(view: DataView, start: number, what: string): Areal {
  const r = new Reader(view, start, what);
  const { base, dims } = header(r);
  let g: Areal;
  if (base === 3) g = { type: 'Polygon', coordinates: polygon(r, dims) };
  else if (base === 6) {
    const parts: Position[][][] = [];
    for (let n = r.u32(), i = 0; i < n; i++) {
      const part = header(r);
      if (part.base !== 3) r.fail(`parte de tipo ${part.base} dentro de un MultiPolygon`);
      parts.push(polygon(r, part.dims));
    }
    g = { type: 'MultiPolygon', coordinates: parts };
  } else {
    const name = TYPE_NAMES[base] ?? `código ${base}`;
    throw new BuildCheckError(`${what}: geometría ${name}, se esperaba Polygon o MultiPolygon`);
  }
  if (r.pos !== view.byteLength) r.fail(`${view.byteLength - r.pos} bytes sobrantes`);
  return g;
}
