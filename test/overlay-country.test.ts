// Full country (issue 3): all 1,122 MGN 2018 municipios × 33 departamentos. Reference figures from
// native GEOS (shapely 2 + GeographicLib areas), given in the issue: 1,807 intersecting pairs
// including slivers, total ≈ 113.8 million ha; La Guajira (44) self-intersects near
// -73.5678, 11.2581 and must be repaired and reported.
import { describe, expect, it } from 'vitest';
import { overlayInThreads } from '../src/lib/node/overlay-in-threads';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import type { WireFeature } from '../src/lib/geo/overlay-session';

describe('overlay: municipios × departamentos (país completo)', async () => {
  const wire = async (table: string): Promise<WireFeature[]> =>
    rowsToWire(await readArrowRows('data', table), 'code');
  const [municipios, departamentos] = await Promise.all([
    wire('municipios'),
    wire('departamentos')
  ]);
  const single = await overlayInThreads(municipios, departamentos, { threads: 1 });

  it('finds the 1,807 intersecting pairs and covers ≈113.8 M ha', () => {
    expect(single.pairs).toHaveLength(1807);
    const total = single.municipios.reduce((s, m) => s + m.overlap_ha, 0);
    // 113.8 M ha is given to 0.1 M ha: ±0.05 M.
    expect(Math.abs(total - 113.8e6)).toBeLessThan(0.05e6);
    expect(single.municipios).toHaveLength(1122);
  });

  it('repairs La Guajira and reports where it self-intersects', () => {
    expect(single.repaired).toHaveLength(1);
    const [note] = single.repaired;
    expect(note?.feature).toBe('44');
    const [, lon, lat] = /\[(-?[\d.]+) (-?[\d.]+)\]/.exec(note?.reason ?? '') ?? [];
    expect(note?.reason).toMatch(/Self-intersection/);
    expect(Number(lon)).toBeCloseTo(-73.5678, 3);
    expect(Number(lat)).toBeCloseTo(11.2581, 3);
  });

  it('puts each municipio in its own department for most of its area', () => {
    const own = single.pairs.filter((p) => p.feature === p.municipio.slice(0, 2));
    expect(own).toHaveLength(1122);
    for (const p of own) expect(p.pct_of_municipio).toBeGreaterThan(95);
  });

  it('gives the same result split over worker threads', async () => {
    const threaded = await overlayInThreads(municipios, departamentos, { threads: 2 });
    expect(threaded.pairs.map((p) => [p.municipio, p.feature, p.borde])).toEqual(
      single.pairs.map((p) => [p.municipio, p.feature, p.borde])
    );
    threaded.pairs.forEach((p, i) =>
      expect(p.overlap_ha).toBeCloseTo(single.pairs[i]!.overlap_ha, 6)
    );
    expect(threaded.repaired).toEqual(single.repaired);
  }, 60_000);
});
