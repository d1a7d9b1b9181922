// Brotli or gzip of a body, off the event loop (zlib's thread pool). Run-time quality: brotli 11
// up to 256 KiB (tiles, small layers: tens of ms), 5 above (≈0.3 s for 4.5 MB; the bundled data/
// files come precompressed at 11 from the build, see build/encoded); gzip 6.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentCoding } from './negotiate-encoding';

const br = promisify(brotliCompress);
const gz = promisify(gzip);
const SMALL = 256 * 1024;

export async function compressBytes(
  bytes: Uint8Array,
  coding: Exclude<ContentCoding, 'identity'>
): Promise<Uint8Array<ArrayBuffer>> {
  const out =
    coding === 'br'
      ? await br(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: bytes.byteLength <= SMALL ? 11 : 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength
          }
        })
      : await gz(bytes, { level: 6 });
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}
