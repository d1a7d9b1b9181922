// A GeoTIFF (tiled or striped, compressed or not, COG included) as a lon/lat grid of its first band.
// Geographic rasters (EPSG:4326, 4686) are read; projected ones are refused for now with a clear
// message, as are rotated grids.
import { fromArrayBuffer } from 'geotiff';
import type { RasterGrid } from '../../geo/raster-grid';
import { ImportError, type InputFile } from './import-error';

const GEOGRAPHIC = new Set([4326, 4686]);

export async function readGeotiff(file: InputFile): Promise<RasterGrid & { warnings: string[] }> {
  let image;
  try {
    const copy = file.bytes.slice().buffer;
    image = await (await fromArrayBuffer(copy)).getImage(0);
  } catch (e) {
    throw new ImportError(file.name, `GeoTIFF ilegible o dañado (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`);
  }
  const keys = image.getGeoKeys() ?? {};
  const warnings: string[] = [];
  const projected = keys.ProjectedCSTypeGeoKey as number | undefined;
  const geographic = keys.GeographicTypeGeoKey as number | undefined;
  if (projected) throw new ImportError(file.name, `ráster proyectado (EPSG:${projected}); por ahora se aceptan rásters en grados (EPSG:4326 o 4686).`);
  if (geographic && !GEOGRAPHIC.has(geographic)) throw new ImportError(file.name, `sistema de coordenadas no soportado (EPSG:${geographic}).`);
  let origin: number[];
  let resolution: number[];
  try {
    origin = image.getOrigin();
    resolution = image.getResolution();
  } catch {
    throw new ImportError(file.name, 'no trae georreferencia (ni puntos de amarre ni escala) o la grilla está rotada.');
  }
  const [west = NaN, north = NaN] = origin;
  const [dx = NaN, negDy = NaN] = resolution;
  const width = image.getWidth();
  const height = image.getHeight();
  const east = west + dx * width;
  const south = north + negDy * height;
  if (![west, north, dx, negDy].every(Number.isFinite) || dx <= 0 || negDy >= 0)
    throw new ImportError(file.name, 'georreferencia inválida o grilla no orientada al norte.');
  if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(north) > 90 || Math.abs(south) > 90)
    throw new ImportError(file.name, 'las coordenadas del ráster no son grados.');
  if (!geographic) warnings.push(`${file.name}: sin código de sistema de coordenadas; se lee en grados WGS84.`);
  const [values] = (await image.readRasters({ samples: [0] })) as unknown as [ArrayLike<number>];
  return { width, height, west, north, dx, dy: -negDy, values: values!, noData: image.getGDALNoData(), warnings };
}
