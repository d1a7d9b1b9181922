// TIFF LZW (compression 5) decoded into one growing byte buffer, registered with geotiff in place
// of its own decoder, which builds a JS array per code and reads a 250-million-pixel raster in
// ~40 s. Same format rules as libtiff: MSB-first codes of 9 to 12 bits, clear 256, end 257, and
// the code width grows one code early ("early change").
import { addDecoder, BaseDecoder } from 'geotiff';

const CLEAR = 256;
const END = 257;
const MAX_CODES = 4096;

/** Bytes of one LZW-compressed TIFF block; `expected` sizes the output (it grows if short). */
export function decodeTiffLzw(input: Uint8Array, expected = input.length * 4): Uint8Array {
  const prefix = new Uint16Array(MAX_CODES);
  const suffix = new Uint8Array(MAX_CODES);
  const first = new Uint8Array(MAX_CODES);
  const length = new Uint16Array(MAX_CODES);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    first[i] = i;
    length[i] = 1;
  }
  let out = new Uint8Array(Math.max(expected, 16));
  let pos = 0;
  const ensure = (n: number) => {
    if (pos + n <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, pos + n));
    bigger.set(out.subarray(0, pos));
    out = bigger;
  };
  const write = (code: number, len: number) => {
    for (let i = pos + len - 1, c = code; i >= pos; i--) {
      out[i] = suffix[c]!;
      c = prefix[c]!;
    }
    pos += len;
  };
  const bits = input.length * 8;
  let bit = 0;
  let width = 9;
  let next = 258;
  let old = -1;
  while (bit + width <= bits) {
    const at = bit >>> 3;
    const word = (input[at]! << 16) | ((input[at + 1] ?? 0) << 8) | (input[at + 2] ?? 0);
    const code = (word >>> (24 - (bit & 7) - width)) & ((1 << width) - 1);
    bit += width;
    if (code === END) break;
    if (code === CLEAR) {
      width = 9;
      next = 258;
      old = -1;
      continue;
    }
    if (old < 0) {
      if (code > 255) throw new Error(`código LZW ${code} sin diccionario`);
      ensure(1);
      out[pos++] = code;
      old = code;
      continue;
    }
    let head: number;
    if (code < next) {
      ensure(length[code]!);
      head = first[code]!;
      write(code, length[code]!);
    } else if (code === next) {
      const len = length[old]!;
      ensure(len + 1);
      head = first[old]!;
      write(old, len);
      out[pos++] = head;
    } else throw new Error(`código LZW ${code} fuera del diccionario (${next})`);
    if (next < MAX_CODES) {
      prefix[next] = old;
      suffix[next] = head;
      first[next] = first[old]!;
      length[next] = length[old]! + 1;
      next++;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
    old = code;
  }
  return out.subarray(0, pos);
}

class FastLzwDecoder extends BaseDecoder {
  override decodeBlock(buffer: ArrayBufferLike): ArrayBufferLike {
    const p = this.parameters;
    const bits = Array.isArray(p.bitsPerSample) || ArrayBuffer.isView(p.bitsPerSample);
    const perPixel = bits
      ? Array.from(p.bitsPerSample as ArrayLike<number>).reduce((a, b) => a + b, 0)
      : (p.bitsPerSample as number) * (p.samplesPerPixel ?? 1);
    const expected = Math.ceil((p.tileWidth * p.tileHeight * perPixel) / 8);
    const bytes = decodeTiffLzw(new Uint8Array(buffer), expected);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
}

let registered = false;

/** Makes geotiff use this decoder for LZW; idempotent. */
export function useFastLzw(): void {
  if (registered) return;
  addDecoder(5, () => Promise.resolve(FastLzwDecoder), undefined, false);
  registered = true;
}
