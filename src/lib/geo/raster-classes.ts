// Whether a raster reads as classes (land cover, a mask) rather than a continuous field: every
// value with data is an integer and there are few distinct ones. Returns the classes, sorted.
import type { RasterGrid } from './raster-grid';

export const MAX_CLASSES = 32;

export function rasterClasses(grid: RasterGrid, max = MAX_CLASSES): number[] | null {
  const seen = new Set<number>();
  const { values, noData } = grid;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v) || v === noData) continue;
    if (!Number.isInteger(v)) return null;
    if (!seen.has(v)) {
      seen.add(v);
      if (seen.size > max) return null;
    }
  }
  return seen.size ? [...seen].sort((a, b) => a - b) : null;
}
