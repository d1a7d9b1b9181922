// A single-band raster on a lon/lat grid (north-up, no rotation), as the zonal statistics read it.
export interface RasterGrid {
  width: number;
  height: number;
  /** Longitude of the left edge and latitude of the top edge, degrees. */
  west: number;
  north: number;
  /** Pixel size in degrees (both positive; rows go south). */
  dx: number;
  dy: number;
  values: ArrayLike<number>;
  noData: number | null;
}
