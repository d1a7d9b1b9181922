// PolygonBuffers (geo/polygon-buffers.ts), the typed arrays deck.gl draws team layers from (their
// polygons, points and lines), and their packed form (the browser's cache). Checked against
// hand-computed areas and, on the bundled resguardo sample (ANT), against the shoelace area of
// each ring computed independently here.
import { readFileSync } from 'node:fs';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonBuffers, type PolygonBuffers } from '../src/lib/geo/polygon-buffers';
import { packPolygonBuffers, unpackPolygonBuffers } from '../src/lib/geo/polygon-buffers-codec';
import { ringsOfFeatures } from '../src/lib/geo/rings-of-features';
import { ringSegmentMask } from '../src/lib/geo/ring-segment-mask';

/** The summed area of the fill's triangles (planar, in the positions' units). */
function triangleArea(b: PolygonBuffers): number {
  const p = b.positions;
  let sum = 0;
  for (let t = 0; t < b.indices.length; t += 3) {
    const [i, j, k] = [b.indices[t]!, b.indices[t + 1]!, b.indices[t + 2]!];
    const [ax, ay, bx, by, cx, cy] = [
      p[2 * i]!,
      p[2 * i + 1]!,
      p[2 * j]!,
      p[2 * j + 1]!,
      p[2 * k]!,
      p[2 * k + 1]!
    ];
    sum += Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  }
  return sum;
}

const shoelace = (ring: Position[]) =>
  Math.abs(
    ring.reduce((s, [x = 0, y = 0], i) => {
      const [nx = 0, ny = 0] = ring[(i + 1) % ring.length]!;
      return s + x * ny - nx * y;
    }, 0)
  ) / 2;

const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y]
];

describe('polygonBuffers', () => {
  const holed: Geometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2)] };
  const two: Geometry = {
    type: 'MultiPolygon',
    coordinates: [[square(20, 0, 3)], [square(30, 0, 1)]]
  };

  it('triangulates a square with a hole to 100 − 4 = 96 square units', () => {
    const b = polygonBuffers([{ key: 'a', geometry: holed }]);
    expect(triangleArea(b)).toBeCloseTo(96, 9);
    expect([...b.polygonStarts]).toEqual([0, 10]);
    expect([...b.ringStarts]).toEqual([0, 5, 10]);
  });

  it('keeps which feature each polygon and ring belongs to (text or object geometry)', () => {
    const b = polygonBuffers([
      { key: 'a', geometry: JSON.stringify(holed) },
      { key: 'punto', geometry: { type: 'Point', coordinates: [1, 1] } },
      { key: 'b', geometry: two }
    ]);
    expect(b.keys).toEqual(['a', 'punto', 'b']);
    expect([...b.polygonFeature]).toEqual([0, 2, 2]);
    expect([...b.ringFeature]).toEqual([0, 0, 2, 2]);
    expect(triangleArea(b)).toBeCloseTo(96 + 9 + 1, 9);
    const h = ringsOfFeatures(b, ['b']);
    expect([...h.starts]).toEqual([0, 5, 10]);
    expect([...h.positions.subarray(0, 2)]).toEqual([20, 0]);
  });

  it('marks the vertex pairs that jump between rings, and only those', () => {
    // Rings of 5, 5 and 5 vertices: 14 pairs, the jumps are pairs 4 (→ 5) and 9 (→ 10).
    const b = polygonBuffers([
      { key: 'a', geometry: holed },
      { key: 'b', geometry: { type: 'Polygon', coordinates: [square(20, 0, 1)] } }
    ]);
    const mask = ringSegmentMask(b);
    expect(mask).toHaveLength(14);
    expect([...mask].flatMap((m, i) => (m ? [] : [i]))).toEqual([4, 9]);
  });

  it('simplifies rings for small scales, one-to-one with the full rings', () => {
    // A 1° square whose edges carry 100 collinear points each: 5 vertices once simplified; a ring
    // smaller than the tolerance stays as it is rather than vanish.
    const dense: Position[] = [];
    for (let i = 0; i < 100; i++) dense.push([i / 100, 0]);
    for (let i = 0; i < 100; i++) dense.push([1, i / 100]);
    for (let i = 0; i < 100; i++) dense.push([1 - i / 100, 1]);
    for (let i = 0; i <= 100; i++) dense.push([0, 1 - i / 100]);
    const tiny = square(5, 5, 0.0001).flatMap((p, i, a) => (i < a.length - 1 ? [p, p] : [p]));
    const input = [
      { key: 'a', geometry: { type: 'Polygon' as const, coordinates: [dense] } },
      { key: 'b', geometry: { type: 'Polygon' as const, coordinates: [tiny] } }
    ];
    const full = polygonBuffers(input);
    const coarse = polygonBuffers(input, 0.002);
    expect([...coarse.ringStarts]).toEqual([0, 5, 5 + tiny.length]);
    expect([...coarse.polygonFeature]).toEqual([...full.polygonFeature]);
    expect(triangleArea(coarse)).toBeCloseTo(1 + 1e-8, 9);
  });

  it('fills each bundled resguardo (ANT sample) with its rings’ area, holes left out', async () => {
    const { tableFromIPC } = await import('apache-arrow');
    const t = tableFromIPC(readFileSync('data/resguardos_muestra.arrow'));
    const geometry = t.getChild('geometry')!;
    const features = Array.from({ length: t.numRows }, (_, i) => ({
      key: String(i),
      geometry: String(geometry.get(i))
    }));
    const b = polygonBuffers(features);
    let expected = 0;
    for (const f of features) {
      const g = JSON.parse(f.geometry) as Geometry;
      const polys =
        g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const [outer, ...holes] of polys)
        expected += shoelace(outer!) - holes.reduce((s, h) => s + shoelace(h), 0);
    }
    expect(t.numRows).toBe(14);
    expect(Math.abs(triangleArea(b) - expected) / expected).toBeLessThan(1e-8);
  });
});

describe('points and lines', () => {
  const input = [
    { key: 'cuadro', geometry: { type: 'Polygon' as const, coordinates: [square(0, 0, 1)] } },
    { key: 'p', geometry: { type: 'Point' as const, coordinates: [1.5, 2.5] } },
    {
      key: 'mp',
      geometry: {
        type: 'MultiPoint' as const,
        coordinates: [
          [3, 4],
          [5, 6]
        ]
      }
    },
    {
      key: 'l',
      geometry: JSON.stringify({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0.5, 0.0001],
          [1, 0],
          [2, 1]
        ]
      })
    },
    {
      key: 'ml',
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: [
          [
            [7, 7],
            [8, 8]
          ],
          [
            [9, 9],
            [10, 9]
          ]
        ]
      }
    }
  ];

  it('lays out each point and line with its feature; the polygons are unchanged', () => {
    const b = polygonBuffers(input);
    expect(b.keys).toEqual(['cuadro', 'p', 'mp', 'l', 'ml']);
    expect([...b.points]).toEqual([1.5, 2.5, 3, 4, 5, 6]);
    expect([...b.pointFeature]).toEqual([1, 2, 2]);
    expect([...b.pathStarts]).toEqual([0, 4, 6, 8]);
    expect([...b.pathFeature]).toEqual([3, 4, 4]);
    expect([...b.paths.subarray(12)]).toEqual([9, 9, 10, 9]);
    expect([...b.polygonFeature]).toEqual([0]);
    expect(triangleArea(b)).toBeCloseTo(1, 9);
  });

  it('simplifies lines for small scales, one-to-one with the full ones', () => {
    const full = polygonBuffers(input);
    const coarse = polygonBuffers(input, 0.002);
    expect([...coarse.pathFeature]).toEqual([...full.pathFeature]);
    // The bend of 0.0001 is under the tolerance: 3 of its 4 vertices stay.
    expect([...coarse.pathStarts]).toEqual([0, 3, 5, 7]);
    expect([...coarse.points]).toEqual([...full.points]);
  });

  it('pack and unpack keep the point and line arrays', () => {
    const b = polygonBuffers(input);
    const u = unpackPolygonBuffers(packPolygonBuffers(b))!;
    for (const a of ['points', 'pointFeature', 'paths', 'pathStarts', 'pathFeature'] as const)
      expect([...u[a]]).toEqual([...b[a]]);
    expect([...u.positions]).toEqual([...b.positions]);
    expect([...u.indices]).toEqual([...b.indices]);
    expect(u.keys).toEqual(b.keys);
  });
});

describe('packPolygonBuffers', () => {
  const b = polygonBuffers([
    { key: 'Resguardo «Ñame»', geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } }
  ]);

  it('unpacks to the same arrays and keys', () => {
    const u = unpackPolygonBuffers(packPolygonBuffers(b));
    expect(u?.keys).toEqual(b.keys);
    expect([...u!.positions]).toEqual([...b.positions]);
    expect([...u!.indices]).toEqual([...b.indices]);
    expect([...u!.ringFeature]).toEqual([...b.ringFeature]);
  });

  it('refuses truncated bytes and bytes of another format', () => {
    const packed = packPolygonBuffers(b);
    expect(unpackPolygonBuffers(packed.slice(0, packed.length - 4))).toBeNull();
    const other = packed.slice();
    other[0] = 0;
    expect(unpackPolygonBuffers(other)).toBeNull();
    expect(unpackPolygonBuffers(new Uint8Array(3))).toBeNull();
  });

  it('refuses the previous format (ADP2, polygons only): a cache of it is rebuilt', () => {
    const old = packPolygonBuffers(b);
    new Uint32Array(old.buffer, 0, 1)[0] = 0x41_44_50_32;
    expect(unpackPolygonBuffers(old)).toBeNull();
  });
});
