// A GeoTIFF (tiled or striped, compressed or not, COG included) as a grid of its first band, in
// degrees (EPSG:4326, 4686) or in one of the supported projected CRS (MAGNA zones, Origen
// Nacional, Web Mercator) with its proj4 conversions. Other CRS and rotated grids are refused.
import { fromArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import type { RasterGrid, RasterProjection } from '../geo/raster-grid';
import { ImportError, type InputFile } from './import-error';
import { readBand } from './read-band';
import { sameDatumDegrees, SUPPORTED_CRS } from './supported-crs';

const GEOGRAPHIC = new Set([4326, 4686]);
const USER_DEFINED = 32767;
/** A browser tab holds a band of this many bytes comfortably (100 million float32 pixels). */
const MAX_BYTES = 400e6;

function projection(name: string, epsg: number): RasterProjection {
  const crs = SUPPORTED_CRS.find((c) => c.epsg === epsg && !GEOGRAPHIC.has(c.epsg));
  if (!crs) {
    const which =
      epsg === USER_DEFINED ? 'definido por el usuario, sin código EPSG' : `EPSG:${epsg}`;
    const list = SUPPORTED_CRS.map((c) => c.epsg).join(', ');
    throw new ImportError(
      name,
      `sistema de coordenadas no soportado (${which}); se aceptan EPSG ${list}.`
    );
  }
  const conv = proj4(crs.proj4, sameDatumDegrees(crs));
  return {
    epsg,
    toLonLat: (x, y) => conv.forward([x, y]) as [number, number],
    fromLonLat: (lon, lat) => conv.inverse([lon, lat]) as [number, number]
  };
}

export async function readGeotiff(file: InputFile): Promise<RasterGrid & { warnings: string[] }> {
  let image;
  let keys: Record<string, unknown>;
  try {
    const copy = file.bytes.slice().buffer;
    image = await (await fromArrayBuffer(copy)).getImage(0);
    keys = image.getGeoKeys() ?? {};
  } catch (e) {
    throw new ImportError(
      file.name,
      `GeoTIFF ilegible o dañado (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`
    );
  }
  const warnings: string[] = [];
  const projected = keys.ProjectedCSTypeGeoKey as number | undefined;
  const geographic = keys.GeographicTypeGeoKey as number | undefined;
  const proj = projected ? projection(file.name, projected) : undefined;
  if (!proj && geographic && !GEOGRAPHIC.has(geographic))
    throw new ImportError(file.name, `sistema de coordenadas no soportado (EPSG:${geographic}).`);
  let origin: number[];
  let resolution: number[];
  try {
    origin = image.getOrigin();
    resolution = image.getResolution();
  } catch {
    throw new ImportError(
      file.name,
      'no trae georreferencia (ni puntos de amarre ni escala) o la grilla está rotada.'
    );
  }
  const [west = NaN, north = NaN] = origin;
  const [dx = NaN, negDy = NaN] = resolution;
  const width = image.getWidth();
  const height = image.getHeight();
  const east = west + dx * width;
  const south = north + negDy * height;
  if (![west, north, dx, negDy].every(Number.isFinite) || dx <= 0 || negDy >= 0)
    throw new ImportError(file.name, 'georreferencia inválida o grilla no orientada al norte.');
  const corners = proj
    ? [proj.toLonLat(west, north), proj.toLonLat(east, south)]
    : [
        [west, north],
        [east, south]
      ];
  if (
    !corners.flat().every(Number.isFinite) ||
    corners.some(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90)
  )
    throw new ImportError(
      file.name,
      proj
        ? `las coordenadas del ráster no caben en EPSG:${proj.epsg}.`
        : 'las coordenadas del ráster no son grados.'
    );
  if (!geographic && !proj)
    warnings.push(`${file.name}: sin código de sistema de coordenadas; se lee en grados WGS84.`);
  if (!(width > 0 && height > 0)) throw new ImportError(file.name, 'el GeoTIFF no tiene píxeles.');
  const bytesPerPixel = Math.ceil(image.getBitsPerSample(0) / 8);
  const maxPixels = Math.floor(MAX_BYTES / bytesPerPixel);
  if (width * height > maxPixels)
    throw new ImportError(
      file.name,
      `el ráster tiene ${width} × ${height} píxeles de ${bytesPerPixel} byte(s); el máximo es ${maxPixels / 1e6} millones (recórtelo al área de estudio).`
    );
  let values: ArrayLike<number>;
  try {
    values = await readBand(image);
  } catch (e) {
    throw new ImportError(
      file.name,
      `los píxeles del GeoTIFF están dañados o incompletos (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`
    );
  }
  if (!(values?.length >= width * height))
    throw new ImportError(file.name, 'el GeoTIFF trae menos píxeles de los que declara.');
  return {
    width,
    height,
    west,
    north,
    dx,
    dy: -negDy,
    values,
    noData: image.getGDALNoData(),
    projection: proj,
    warnings
  };
}
