// The LZW decoder registered with geotiff (import/tiff-lzw.ts) against geotiff's own decoder, an
// independent implementation, on real tiles of the bundled MapBiomas transition raster (issue 19),
// and on broken input: a clear error, never a hang.
import { fromArrayBuffer, getDecoder, type GeoTIFFImage } from 'geotiff';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTiffLzw, useFastLzw } from '../src/lib/import/tiff-lzw';

const RASTER = 'sources/raster/transicion_cobertura_2022_2023_caqueta_mapbiomas.tif';

async function open(): Promise<GeoTIFFImage> {
  const b = readFileSync(RASTER);
  const tiff = await fromArrayBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  return tiff.getImage(0);
}

const params = (im: GeoTIFFImage) => ({
  tileWidth: im.getTileWidth(),
  tileHeight: im.getTileHeight(),
  planarConfiguration: im.planarConfiguration,
  bitsPerSample: 8,
  predictor: 1
});

describe('TIFF LZW decoder', () => {
  it('decodes 120 tiles of the Caquetá transition raster byte for byte as geotiff does', async () => {
    const im = await open();
    expect(im.fileDirectory.getValue('Compression')).toBe(5);
    const theirs = await getDecoder(5, params(im)); // geotiff's decoder, taken before ours
    useFastLzw();
    const ours = await getDecoder(5, params(im));
    expect(ours.constructor).not.toBe(theirs.constructor);
    const cols = Math.ceil(im.getWidth() / im.getTileWidth());
    const rows = Math.ceil(im.getHeight() / im.getTileHeight());
    let tiles = 0;
    let changed = 0; // tiles with any transition: the dictionary sees more than runs of zeros
    for (let ty = 0; ty < rows; ty += 7)
      for (let tx = 0; tx < cols; tx += 5) {
        const a = new Uint8Array((await im.getTileOrStrip(tx, ty, 0, theirs)).data);
        const b = new Uint8Array((await im.getTileOrStrip(tx, ty, 0, ours)).data);
        expect(b.length).toBe(256 * 256);
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
        tiles++;
        if (a.some((v) => v !== 0)) changed++;
      }
    expect(tiles).toBe(120);
    expect(changed).toBeGreaterThan(20);
  });

  it('decodes TOBEORNOTTOBEORNOT and a run of A by hand, and refuses codes outside the dictionary', () => {
    // 9-bit codes, MSB first: T O B E O R N O T, then TO(258) BE(260) OR(262) NO(264) T, END.
    const codes = [256, 84, 79, 66, 69, 79, 82, 78, 79, 84, 258, 260, 262, 264, 84, 257];
    const pack = (list: number[]) => {
      const bits = list.map((c) => c.toString(2).padStart(9, '0')).join('');
      const bytes = new Uint8Array(Math.ceil(bits.length / 8));
      for (let i = 0; i < bits.length; i += 8)
        bytes[i / 8] = parseInt(bits.slice(i, i + 8).padEnd(8, '0'), 2);
      return bytes;
    };
    expect(Buffer.from(decodeTiffLzw(pack(codes))).toString('latin1')).toBe('TOBEORNOTTOBEORNOT');
    // A code equal to the next free one (AA, then AAA) repeats the last string plus its head.
    expect(Buffer.from(decodeTiffLzw(pack([256, 65, 258, 259, 65, 257]))).toString()).toBe(
      'AAAAAAA'
    );
    expect(() => decodeTiffLzw(pack([256, 84, 300, 257]))).toThrow(/fuera del diccionario/);
    expect(() => decodeTiffLzw(pack([256, 400]))).toThrow(/sin diccionario/);
  });
});
