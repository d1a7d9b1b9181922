// A single-band raster on a north-up grid (no rotation), as the zonal statistics read it: in
// lon/lat degrees, or in a projected CRS's metres with the conversions to and from lon/lat.
export interface RasterProjection {
  epsg: number;
  toLonLat(x: number, y: number): [number, number];
  fromLonLat(lon: number, lat: number): [number, number];
}

export interface RasterGrid {
  width: number;
  height: number;
  /** Left and top edges: degrees, or metres when `projection` is set. */
  west: number;
  north: number;
  /** Pixel size (both positive; rows go south), in the same units. */
  dx: number;
  dy: number;
  values: ArrayLike<number>;
  noData: number | null;
  projection?: RasterProjection;
}
