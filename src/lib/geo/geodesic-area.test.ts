import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaHa } from './geodesic-area';
import { cell, zoneHa } from './test-zone-area';

// Independent closed form for the WGS84 zone between two parallels: see test-zone-area.ts.
describe('geodesicAreaHa', () => {
  // Small cells: a geodesic edge departs from its parallel by millimetres, so the closed form
  // for the zone between parallels holds to ~1e-6 relative.
  for (const lat of [0, 4.6, 6.2, 12.4, -4.2]) {
    it(`matches the ellipsoidal closed form for a 0.01° cell at latitude ${lat}°`, () => {
      const g: Polygon = { type: 'Polygon', coordinates: [cell(-74, lat, 0.01)] };
      const expected = zoneHa(lat, lat + 0.01, 0.01);
      expect(Math.abs(geodesicAreaHa(g) / expected - 1)).toBeLessThan(1e-5);
    });
  }

  it('gives the same area whichever way the ring winds', () => {
    const ring = cell(-75.5, 6.2, 0.05);
    const a = geodesicAreaHa({ type: 'Polygon', coordinates: [ring] });
    const b = geodesicAreaHa({ type: 'Polygon', coordinates: [[...ring].reverse()] });
    expect(a).toBeCloseTo(b, 9);
  });

  it('subtracts holes and adds the parts of a multipolygon', () => {
    const outer = cell(-74, 5, 0.02);
    const hole = cell(-73.995, 5.005, 0.01).reverse();
    const withHole = geodesicAreaHa({ type: 'Polygon', coordinates: [outer, hole] });
    const expectedHole = zoneHa(5, 5.02, 0.02) - zoneHa(5.005, 5.015, 0.01);
    expect(Math.abs(withHole / expectedHole - 1)).toBeLessThan(1e-5);
    const multi = geodesicAreaHa({
      type: 'MultiPolygon',
      coordinates: [[cell(-74, 5, 0.01)], [cell(-73, 5, 0.01)]]
    });
    expect(Math.abs(multi / (2 * zoneHa(5, 5.01, 0.01)) - 1)).toBeLessThan(1e-5);
  });

  it('is larger than Turf-style spherical area would suggest by the ellipsoid factor near the equator', () => {
    // 1° × 1° at the equator: ellipsoidal closed form ≈ 1,230,800 ha (independent check of units).
    const g: Polygon = { type: 'Polygon', coordinates: [cell(-75, 0, 1)] };
    expect(geodesicAreaHa(g) / zoneHa(0, 1, 1)).toBeCloseTo(1, 4);
    expect(zoneHa(0, 1, 1)).toBeGreaterThan(1_230_000);
    expect(zoneHa(0, 1, 1)).toBeLessThan(1_232_000);
  });
});
