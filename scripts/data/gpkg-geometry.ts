// One GeoPackage geometry blob (GeoPackage 1.x, «StandardGeoPackageBinary») → GeoJSON: magic «GP»,
// version 0, flags (bit 0 byte order, bits 1–3 envelope size, bit 4 empty, bit 5 extended type),
// srs_id, the envelope, then standard WKB.
import { BuildCheckError } from './fail';
import type { Areal } from './geometry';
import { parseWkb } from './parse-wkb';

/** Envelope bytes by the flags' indicator: none, xy, xyz, xym, xyzm. */
const ENVELOPE = [0, 32, 48, 48, 64];

export function gpkgGeometry(blob: Uint8Array, srsId: number, what: string): Areal {
  const fail = (why: string): never => {
    throw new BuildCheckError(`${what}: geometría GeoPackage ilegible (${why})`);
  };
  if (blob.length < 8) fail(`${blob.length} bytes, menos que la cabecera`);
  if (blob[0] !== 0x47 || blob[1] !== 0x50) fail('la cabecera no empieza por «GP»');
  if (blob[2] !== 0) fail(`versión ${blob[2]}`);
  const flags = blob[3]!;
  if (flags & 0x20) fail('tipo extendido (ExtendedGeoPackageBinary)');
  if (flags & 0x10) fail('geometría vacía');
  const envelope = ENVELOPE[(flags >> 1) & 0x07];
  if (envelope === undefined) fail(`indicador de envolvente ${(flags >> 1) & 0x07}`);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const srs = view.getInt32(4, (flags & 0x01) === 1);
  if (srs !== srsId) fail(`srs_id ${srs}, la columna declara ${srsId}`);
  const start = 8 + envelope!;
  if (blob.length <= start) fail('sin WKB tras la envolvente');
  return parseWkb(view, start, what);
}
