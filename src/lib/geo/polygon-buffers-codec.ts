// PolygonBuffers as one byte array and back (what a browser caches next to a layer version's
// Arrow bytes, so a second visit draws it with no parsing or triangulation). A header of 32-bit
// words — format tag, key text length, then each array's length — the keys as JSON, then the
// arrays (polygons', points' and lines').
import type { PolygonBuffers } from './polygon-buffers';

// "ADP3": with the points and lines (ADP2 bytes, polygons only, are refused and rebuilt).
const TAG = 0x41_44_50_33;
const pad = (n: number) => Math.ceil(n / 8) * 8;
const ARRAYS = [
  'positions',
  'points',
  'paths',
  'polygonStarts',
  'polygonFeature',
  'ringStarts',
  'ringFeature',
  'indices',
  'pointFeature',
  'pathStarts',
  'pathFeature'
] as const;
const HEADER = 2 + ARRAYS.length;
/** Bytes per element of each array (the 64-bit ones go first, so they stay 8-aligned). */
const WIDTH = [8, 8, 8, 4, 4, 4, 4, 4, 4, 4, 4];

export function packPolygonBuffers(b: PolygonBuffers): Uint8Array {
  const keys = new TextEncoder().encode(JSON.stringify(b.keys));
  const keyBytes = pad(HEADER * 4 + keys.length) - HEADER * 4;
  const sizes = ARRAYS.map((a) => b[a].length);
  const total = HEADER * 4 + keyBytes + sizes.reduce((s, n, i) => s + n * WIDTH[i]!, 0);
  const out = new Uint8Array(total);
  new Uint32Array(out.buffer, 0, HEADER).set([TAG, keys.length, ...sizes]);
  out.set(keys, HEADER * 4);
  let at = HEADER * 4 + keyBytes;
  for (const a of ARRAYS) {
    out.set(new Uint8Array(b[a].buffer, b[a].byteOffset, b[a].byteLength), at);
    at += b[a].byteLength;
  }
  return out;
}

/** The buffers `packPolygonBuffers` wrote, or null for bytes of another format or truncated. */
export function unpackPolygonBuffers(bytes: Uint8Array): PolygonBuffers | null {
  if (bytes.byteLength < HEADER * 4 || bytes.byteOffset % 8 !== 0) return null;
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER);
  const [tag, keyLength = 0, ...sizes] = head;
  const keyBytes = pad(HEADER * 4 + keyLength) - HEADER * 4;
  const total = HEADER * 4 + keyBytes + sizes.reduce((s, n, i) => s + n * WIDTH[i]!, 0);
  if (tag !== TAG || total !== bytes.byteLength) return null;
  const at0 = bytes.byteOffset + HEADER * 4;
  const keys = JSON.parse(
    new TextDecoder().decode(bytes.subarray(HEADER * 4, HEADER * 4 + keyLength))
  ) as string[];
  let at = at0 + keyBytes;
  const view = (n: number, width = 4) => {
    const start = at;
    at += n * width;
    return start;
  };
  const [p = 0, pt = 0, pa = 0, ps = 0, pf = 0, rs = 0, rf = 0, ix = 0, ptf = 0, st = 0, paf = 0] =
    sizes;
  const f64 = (n: number) => new Float64Array(bytes.buffer, view(n, 8), n);
  const u32 = (n: number) => new Uint32Array(bytes.buffer, view(n), n);
  // In the order they were written.
  const positions = f64(p);
  const points = f64(pt);
  const paths = f64(pa);
  return {
    keys,
    positions,
    points,
    paths,
    polygonStarts: u32(ps),
    polygonFeature: u32(pf),
    ringStarts: u32(rs),
    ringFeature: u32(rf),
    indices: u32(ix),
    pointFeature: u32(ptf),
    pathStarts: u32(st),
    pathFeature: u32(paf)
  };
}
