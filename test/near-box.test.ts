// nearBox must hold every point within `km` of the boxes: checked with GeographicLib's direct
// geodesic problem (WGS84), walking `km` from each corner in 16 bearings, at the latitudes of
// Colombia (Leticia −4.2° to La Guajira 12.5°) and far north, where degrees of longitude shrink.
import { describe, expect, it } from 'vitest';
import type { BBox } from 'geojson';
import { Geodesic } from '../src/lib/geo/geographiclib';
import { nearBox } from '../src/lib/geo/near-box';

const inside = (b: BBox, lon: number, lat: number) =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

describe('nearBox', () => {
  it('is null for no boxes', () => {
    expect(nearBox([], 5)).toBeNull();
  });

  it('holds the union of the boxes and every point within the distance of their corners', () => {
    const cases: { boxes: BBox[]; km: number }[] = [
      { boxes: [[-75.2, 6.3, -74.4, 7.6]], km: 5 }, // Nordeste antioqueño
      {
        boxes: [
          [-70.1, -4.3, -69.9, -4.1],
          [-72.9, 11.0, -71.1, 12.5]
        ],
        km: 20
      },
      { boxes: [[10, 69.9, 10.1, 70]], km: 50 }
    ];
    for (const { boxes, km } of cases) {
      const b = nearBox(boxes, km)!;
      for (const [w, s, e, n] of boxes) {
        expect(inside(b, w, s) && inside(b, e, n)).toBe(true);
        for (const [lon, lat] of [
          [w, s],
          [w, n],
          [e, s],
          [e, n]
        ] as const)
          for (let az = 0; az < 360; az += 22.5) {
            const p = Geodesic.WGS84.Direct(lat, lon, az, km * 1000);
            expect(inside(b, p.lon2!, p.lat2!), `${km} km at ${az}° from ${lon},${lat}`).toBe(true);
          }
      }
    }
  });

  it('stays a few tens of km wide at Colombian latitudes (a filter, not the whole country)', () => {
    const b = nearBox([[-75, 7, -75, 7]], 5)!;
    expect(b[2] - b[0]).toBeLessThan(0.25);
    expect(b[3] - b[1]).toBeLessThan(0.25);
  });
});
