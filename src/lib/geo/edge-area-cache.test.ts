import { describe, expect, it } from 'vitest';
import { EdgeAreaCache } from './edge-area-cache';
import { flatRingAreaM2 } from './geodesic-area';
import { cell } from './test-zone-area';

describe('EdgeAreaCache', () => {
  it('returns NaN for unknown edges and the opposite sign for the reversed edge', () => {
    const c = new EdgeAreaCache();
    expect(c.lookup(-74, 4.6, -73.99, 4.6)).toBeNaN();
    c.store(-74, 4.6, -73.99, 4.6, 123.5);
    expect(c.lookup(-74, 4.6, -73.99, 4.6)).toBe(123.5);
    expect(c.lookup(-73.99, 4.6, -74, 4.6)).toBe(-123.5);
  });

  it('keeps every edge through many growths', () => {
    const c = new EdgeAreaCache();
    const n = 200_000;
    for (let i = 0; i < n; i++) c.store(i * 1e-5, 4.6, i * 1e-5 + 1e-5, 4.61, i);
    for (let i = 0; i < n; i += 997) expect(c.lookup(i * 1e-5, 4.6, i * 1e-5 + 1e-5, 4.61)).toBe(i);
  });

  it('gives the same ring area whether edges are solved or remembered, either winding', () => {
    const xy = cell(-74, 4.6, 0.01).flat();
    const plain = flatRingAreaM2(xy, 0, xy.length / 2);
    const c = new EdgeAreaCache();
    expect(flatRingAreaM2(xy, 0, xy.length / 2, c, true)).toBe(plain);
    const reversed = cell(-74, 4.6, 0.01).reverse().flat();
    expect(flatRingAreaM2(reversed, 0, reversed.length / 2, c)).toBeCloseTo(plain, 6);
  });
});
