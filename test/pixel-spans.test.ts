// Scanline pixel spans (geo/pixel-spans.ts), the core of the zonal statistics since issue 19's
// 253-million-pixel raster: hand-counted cases, then real MGN 2018 municipios against GEOS's
// prepared point-in-polygon test of every pixel centre, an independent method.
import { describe, expect, it } from 'vitest';
import { eachRing } from '../src/lib/geo/geos-rings';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { parseWire } from '../src/lib/geo/overlay-session';
import { pixelSpans, type GridFrame, type PixelSpans } from '../src/lib/geo/pixel-spans';
import { prepareLayer } from '../src/lib/geo/prepare-layer';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';

const unit: GridFrame = { width: 10, height: 10, west: 0, north: 10, dx: 1, dy: 1 };
const ring = (pts: [number, number][]) => Float64Array.from([...pts, pts[0]!].flat());

/** "r:c" of every pixel in the spans. */
function cells(s: PixelSpans): Set<string> {
  const out = new Set<string>();
  for (let r = s.r0; r <= s.r1; r++)
    for (let k = s.start[r - s.r0]!; k < s.start[r - s.r0 + 1]!; k++)
      for (let c = s.runs[2 * k]!; c <= s.runs[2 * k + 1]!; c++) out.add(`${r}:${c}`);
  return out;
}

describe('pixel spans', () => {
  const square = ring([
    [2, 2],
    [6, 2],
    [6, 6],
    [2, 6]
  ]);
  it('fills a 4 × 4 square: rows 4–7, columns 2–5 (centres at x.5)', () => {
    const s = pixelSpans([square], unit);
    expect([s.r0, s.r1]).toEqual([4, 7]);
    expect(Array.from(s.runs)).toEqual([2, 5, 2, 5, 2, 5, 2, 5]);
  });

  it('leaves a hole out, whichever way its ring turns', () => {
    const hole = ring([
      [4, 4],
      [4, 5],
      [5, 5],
      [5, 4]
    ]); // covers the centre (4.5, 4.5): r 5, c 4
    const s = cells(pixelSpans([square, hole], unit));
    expect(s.size).toBe(15);
    expect(s.has('5:4')).toBe(false);
    expect(s.has('5:3') && s.has('5:5')).toBe(true);
  });

  it('counts 45 centres under the diagonal of a right triangle (c < r on each row)', () => {
    const s = pixelSpans(
      [
        ring([
          [0, 0],
          [10, 0],
          [0, 10]
        ])
      ],
      unit
    );
    expect(cells(s).size).toBe(45);
    for (let r = 0; r < 10; r++)
      expect(s.start[r - s.r0 + 1]! - s.start[r - s.r0]!).toBe(r ? 1 : 0);
  });

  it('clips to the grid and finds nothing outside it', () => {
    expect(
      cells(
        pixelSpans(
          [
            ring([
              [-5, -5],
              [15, -5],
              [15, 15],
              [-5, 15]
            ])
          ],
          unit
        )
      ).size
    ).toBe(100);
    expect(
      cells(
        pixelSpans(
          [
            ring([
              [20, 20],
              [30, 20],
              [30, 30]
            ])
          ],
          unit
        )
      ).size
    ).toBe(0);
  });

  it('selects exactly the pixels GEOS finds inside Medellín, San Vicente del Caguán and Tumaco', async () => {
    const rt = await loadGeos();
    const rows = (await readArrowRows('data', 'municipios')).filter((r) =>
      ['05001', '18753', '52835'].includes(String(r.code))
    );
    const layer = prepareLayer(rt, parseWire(rowsToWire(rows, 'code'), []));
    for (const m of layer.items) {
      const [w, s, e, n] = m.bbox;
      const d = (e - w) / 300; // ≈300 columns over the municipio
      const g: GridFrame = {
        west: w - d,
        north: n + d,
        dx: d,
        dy: d,
        width: Math.ceil((e - w) / d) + 2,
        height: Math.ceil((n - s) / d) + 2
      };
      const rings: Float64Array[] = [];
      eachRing(rt.geos, m.geometry, (xy, k) => rings.push(xy.slice(0, 2 * k)));
      const ours = cells(pixelSpans(rings, g));
      const prepared = rt.geos.GEOSPrepare(m.geometry);
      const geos = new Set<string>();
      for (let r = 0; r < g.height; r++)
        for (let c = 0; c < g.width; c++) {
          const [x, y] = [g.west + (c + 0.5) * d, g.north - (r + 0.5) * d];
          if (rt.geos.GEOSPreparedContainsXY(prepared, x, y) === 1) geos.add(`${r}:${c}`);
        }
      rt.geos.GEOSPreparedGeom_destroy(prepared);
      expect(geos.size, m.id).toBeGreaterThan(10_000);
      expect(
        [...ours].filter((k) => !geos.has(k)),
        m.id
      ).toEqual([]);
      expect(
        [...geos].filter((k) => !ours.has(k)),
        m.id
      ).toEqual([]);
    }
    layer.destroy();
  });
});
