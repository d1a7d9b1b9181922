// The first band of a GeoTIFF image as one typed array. Single-band images with whole-byte
// samples in the machine's byte order are copied tile by tile, a row at a time (geotiff's
// readRasters copies pixel by pixel and takes 4 s of the 5 s a 250-million-pixel band costs);
// every other layout goes through readRasters.
import { getDecoder, type GeoTIFFImage } from 'geotiff';
import { useFastLzw } from './tiff-lzw';

/** Compressions whose decoder needs no parameter beyond the tile layout. */
const PLAIN = new Set([1, 5, 8, 32946, 32773]);
const littleEndianMachine = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export async function readBand(image: GeoTIFFImage): Promise<ArrayLike<number>> {
  useFastLzw();
  const fd = image.fileDirectory;
  const compression = (fd.getValue('Compression') as number | undefined) ?? 1;
  const bits = image.getBitsPerSample(0);
  const fast =
    image.getSamplesPerPixel() === 1 &&
    PLAIN.has(compression) &&
    [8, 16, 32, 64].includes(bits) &&
    (bits === 8 || image.littleEndian === littleEndianMachine);
  if (!fast) {
    const [band] = (await image.readRasters({ samples: [0] })) as unknown as [ArrayLike<number>];
    return band;
  }
  const width = image.getWidth();
  const height = image.getHeight();
  const tw = image.getTileWidth();
  const th = image.getTileHeight();
  if (!(Number.isInteger(tw) && tw > 0 && Number.isInteger(th) && th > 0))
    throw new Error(`tamaño de bloque inválido (${tw} × ${th})`);
  const decoder = await getDecoder(compression, {
    tileWidth: tw,
    tileHeight: th,
    planarConfiguration: image.planarConfiguration,
    bitsPerSample: bits,
    predictor: Number(await fd.loadValue('Predictor')) || 1
  });
  const band = image.getArrayForSample(0, width * height);
  for (let ty = 0; ty * th < height; ty++) {
    for (let tx = 0; tx * tw < width; tx++) {
      const { data } = await image.getTileOrStrip(tx, ty, 0, decoder);
      const tile = image.getArrayForSample(0, data);
      const cols = Math.min(tw, width - tx * tw);
      const rows = Math.min(th, height - ty * th);
      if (tile.length < (rows - 1) * tw + cols)
        throw new Error(`el bloque ${tx},${ty} trae ${tile.length} valores de ${rows * tw}`);
      for (let r = 0; r < rows; r++)
        band.set(tile.subarray(r * tw, r * tw + cols), (ty * th + r) * width + tx * tw);
    }
  }
  return band;
}
