// Hand-computable overlay cases for issue 3 («Accuracy (tests)»): every expected area comes from
// the closed-form WGS84 zone between parallels (test-zone-area.ts) or hand reasoning, never from
// the engine. Cells are ≤ 0.02° at Colombian latitudes, where geodesic edges follow the parallels
// closely enough for the closed form to hold to ~1e-6 relative. All fixtures are hand-made.
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaHa } from './geodesic-area';
import { OverlaySession } from './overlay-session';
import type { OverlayResult } from './overlay-types';
import { cell, zoneHa } from './test-zone-area';

const rect = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s]
];
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
/** Closed-form area (ha) of the lon/lat rectangle [w, e] × [s, n]. */
const rectHa = (w: number, s: number, e: number, n: number) => zoneHa(s, n, e - w);
const near = (got: number | undefined, want: number, tol = 1e-5) =>
  expect(Math.abs(got! / want - 1)).toBeLessThan(tol);
const pair = (r: OverlayResult, m: string, f: string) =>
  r.pairs.find((p) => p.municipio === m && p.feature === f);
const featuresOf = (r: OverlayResult) => r.pairs.map((p) => `${p.municipio}×${p.feature}`).sort();

// Municipios, one group per case, 0.1° of latitude apart so cases never meet.
const HOLE = rect(-73.995, 4.805, -73.985, 4.815);
const municipios = {
  A: rect(-74, 4.6, -73.98, 4.62),
  B: rect(-74, 4.65, -73.99, 4.66),
  C: rect(-74, 4.7, -73.98, 4.72),
  H: rect(-74, 4.8, -73.98, 4.82),
  D1: rect(-74, 4.9, -73.98, 4.92),
  D2: rect(-73.98, 4.9, -73.96, 4.92),
  E: rect(-74, 5.0, -73.98, 5.02),
  F: rect(-74, 5.1, -73.98, 5.12),
  G1: rect(-74, 5.2, -73.98, 5.22),
  G2: rect(-73.98, 5.2, -73.96, 5.22),
  K: rect(-74, 5.3, -73.98, 5.32)
};

const session = await OverlaySession.open();
session.load({
  layer: 'municipios',
  features: Object.entries(municipios).map(([id, ring]) => ({
    id,
    geometry: id === 'H' ? poly(ring, [...HOLE].reverse()) : poly(ring)
  }))
});
const load = (layer: string, features: Record<string, Polygon | MultiPolygon>) =>
  session.load({
    layer,
    features: Object.entries(features).map(([id, geometry]) => ({ id, geometry }))
  });
const run = (layer: string, extra: Partial<Parameters<OverlaySession['overlay']>[0]> = {}) =>
  session.overlay({ municipios: 'municipios', layer, ...extra });

describe('overlay of hand-made layers on hand-made municipios', () => {
  it('nested squares: feature inside municipio, and municipio inside feature', () => {
    load('nested', {
      inner: poly(cell(-73.995, 4.605, 0.01)),
      big: poly(rect(-74.005, 4.645, -73.985, 4.665))
    });
    const r = run('nested');
    expect(featuresOf(r)).toEqual(['A×inner', 'B×big']);
    const inner = pair(r, 'A', 'inner')!;
    near(inner.overlap_ha, rectHa(-73.995, 4.605, -73.985, 4.615));
    near(inner.pct_of_feature, 100);
    near(inner.pct_of_municipio, (100 * zoneHa(4.605, 4.615, 0.01)) / zoneHa(4.6, 4.62, 0.02));
    const big = pair(r, 'B', 'big')!;
    near(big.overlap_ha, rectHa(-74, 4.65, -73.99, 4.66));
    near(big.pct_of_municipio, 100);
    near(big.pct_of_feature, (100 * zoneHa(4.65, 4.66, 0.01)) / zoneHa(4.645, 4.665, 0.02));
  });

  it('partial overlap of two squares is the zone of the intersection rectangle', () => {
    load('partial', { partial: poly(rect(-73.99, 4.71, -73.97, 4.73)) });
    const r = run('partial');
    expect(featuresOf(r)).toEqual(['C×partial']);
    const p = pair(r, 'C', 'partial')!;
    const overlap = rectHa(-73.99, 4.71, -73.98, 4.72);
    near(p.overlap_ha, overlap);
    near(p.pct_of_feature, (100 * overlap) / rectHa(-73.99, 4.71, -73.97, 4.73));
    near(p.pct_of_municipio, (100 * overlap) / rectHa(-74, 4.7, -73.98, 4.72));
    near(r.municipios[0]!.overlap_ha, overlap);
  });

  it('holes: the hole is not covered; features touching the borders make no pair', () => {
    load('holes', {
      cover: poly(rect(-74, 4.8, -73.98, 4.82)),
      plug: poly(HOLE),
      beside: poly(rect(-73.98, 4.8, -73.97, 4.81))
    });
    const r = run('holes');
    expect(featuresOf(r)).toEqual(['H×cover']);
    const ringHa = rectHa(-74, 4.8, -73.98, 4.82) - rectHa(-73.995, 4.805, -73.985, 4.815);
    const cover = pair(r, 'H', 'cover')!;
    near(cover.overlap_ha, ringHa);
    near(cover.pct_of_municipio, 100);
    near(cover.pct_of_feature, (100 * ringHa) / rectHa(-74, 4.8, -73.98, 4.82));
    expect(r.pairs.every((p) => p.overlap_ha > 0)).toBe(true);
  });

  it('a MultiPolygon with one part in each of two municipios gives one pair per municipio', () => {
    const parts = [rect(-73.995, 4.905, -73.985, 4.915), rect(-73.975, 4.905, -73.965, 4.915)];
    load('multi', { twoParts: { type: 'MultiPolygon', coordinates: parts.map((p) => [p]) } });
    const r = run('multi');
    expect(featuresOf(r)).toEqual(['D1×twoParts', 'D2×twoParts']);
    for (const m of ['D1', 'D2']) {
      const p = pair(r, m, 'twoParts')!;
      near(p.overlap_ha, zoneHa(4.905, 4.915, 0.01));
      near(p.pct_of_feature, 50);
      near(p.pct_of_municipio, (100 * zoneHa(4.905, 4.915, 0.01)) / zoneHa(4.9, 4.92, 0.02));
    }
  });

  it('a self-intersecting bow-tie is repaired and reported, not thrown', () => {
    const d = 0.01;
    const bowtie: Position[] = [
      [0, 0],
      [d, d],
      [d, 0],
      [0, d],
      [0, 0]
    ].map(([x, y]) => [-74 + x!, 4.6 + y!]);
    const summary = load('bowtie', { bowtie: poly(bowtie) });
    expect(summary.features).toBe(1);
    expect(summary.repaired).toHaveLength(1);
    expect(summary.repaired[0]!.feature).toBe('bowtie');
    expect(summary.repaired[0]!.reason).toMatch(/Self-intersection/);
    // Two triangles meeting at the cell's centre, each a quarter of the cell.
    const half = zoneHa(4.6, 4.6 + d, d) / 2;
    near(session.areas('bowtie').get('bowtie'), half, 1e-4);
    const r = run('bowtie');
    expect(r.repaired.map((x) => x.feature)).toContain('bowtie');
    expect(featuresOf(r)).toEqual(['A×bowtie']);
    near(pair(r, 'A', 'bowtie')!.overlap_ha, half, 1e-4);
  });

  it('features that overlap each other are counted once in the municipio total', () => {
    load('overlapping', {
      f1: poly(rect(-73.998, 5.002, -73.988, 5.012)),
      f2: poly(rect(-73.993, 5.007, -73.983, 5.017)),
      // Three strips in a row, each overlapping the next by half its width; s1 and s3 only touch.
      s1: poly(rect(-73.998, 5.105, -73.99, 5.115)),
      s2: poly(rect(-73.994, 5.105, -73.986, 5.115)),
      s3: poly(rect(-73.99, 5.105, -73.982, 5.115))
    });
    const r = run('overlapping');
    const a = rectHa(-73.998, 5.002, -73.988, 5.012);
    const b = rectHa(-73.993, 5.007, -73.983, 5.017);
    near(pair(r, 'E', 'f1')!.overlap_ha, a);
    near(pair(r, 'E', 'f2')!.overlap_ha, b);
    const e = r.municipios.find((m) => m.code === 'E')!;
    near(e.overlap_ha, a + b - rectHa(-73.993, 5.007, -73.988, 5.012));
    near(e.pct, (100 * e.overlap_ha) / rectHa(-74, 5.0, -73.98, 5.02));
    for (const s of ['s1', 's2', 's3'])
      near(pair(r, 'F', s)!.overlap_ha, zoneHa(5.105, 5.115, 0.008));
    // Union of the strips: one rectangle 0.016° wide (the plain sum would be 0.024°).
    near(r.municipios.find((m) => m.code === 'F')!.overlap_ha, zoneHa(5.105, 5.115, 0.016));
  });

  it('sliver threshold: borde only when under BOTH the area and the percentage thresholds', () => {
    // Feature 0.016° wide; a 0.001° strip crosses into G2: 1/16 = 6.25 % of the feature.
    load('sliver', { resguardo: poly(rect(-73.995, 5.205, -73.979, 5.215)) });
    const strip = zoneHa(5.205, 5.215, 0.001);
    const borde = (maxHa: number, maxPctOfFeature: number) => {
      const r = run('sliver', { sliver: { maxHa, maxPctOfFeature } });
      const g1 = pair(r, 'G1', 'resguardo')!;
      expect(g1.borde).toBe(false);
      near(g1.overlap_ha, zoneHa(5.205, 5.215, 0.015));
      const g2 = pair(r, 'G2', 'resguardo')!;
      near(g2.overlap_ha, strip);
      near(g2.pct_of_feature, 6.25);
      return g2.borde;
    };
    expect(borde(strip * 1.01, 6.3)).toBe(true);
    expect(borde(strip * 0.99, 6.3)).toBe(false);
    expect(borde(strip * 1.01, 6.2)).toBe(false);
    expect(borde(strip * 0.99, 6.2)).toBe(false);
    // Default threshold (50 ha, 1 %): the strip (~12 ha) is small but 6.25 % of the feature.
    expect(strip).toBeLessThan(50);
    expect(pair(run('sliver'), 'G2', 'resguardo')!.borde).toBe(false);
  });

  it('bad inputs are reported as warnings, and the good feature still overlays', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [-73.99, 5.31],
        [-73.98, 5.31]
      ]
    };
    const summary = session.load({
      layer: 'bad',
      features: [
        { id: 'empty', geometry: null },
        { id: 'line', geometry: line as unknown as Polygon },
        { id: 'projected', geometry: poly(rect(500000, 1000000, 500100, 1000100)) },
        { id: 'garbled', geometry: '{"type": "Polygon", "coordinates": [[' },
        { id: 'good', geometry: JSON.stringify(poly(cell(-73.995, 5.305, 0.01))) }
      ]
    });
    expect(summary.features).toBe(1);
    expect(summary.warnings).toHaveLength(4);
    for (const id of ['empty', 'line', 'projected', 'garbled'])
      expect(summary.warnings.some((w) => w.includes(`«${id}»`))).toBe(true);
    const r = run('bad');
    expect(featuresOf(r)).toEqual(['K×good']);
    near(pair(r, 'K', 'good')!.overlap_ha, zoneHa(5.305, 5.315, 0.01));
    expect(r.warnings).toEqual(expect.arrayContaining(summary.warnings));
  });

  it('an unclosed ring is closed and reported; a ring of too few points is a warning', () => {
    const open = cell(-73.995, 5.305, 0.01).slice(0, 4);
    const summary = session.load({
      layer: 'rings',
      features: [
        { id: 'unclosed', geometry: poly(open) },
        { id: 'short', geometry: poly(open.slice(0, 2)) }
      ]
    });
    expect(summary.features).toBe(1);
    expect(summary.repaired).toContainEqual({
      feature: 'unclosed',
      reason: 'anillo sin cerrar (se cerró)'
    });
    expect(summary.warnings.some((w) => w.includes('«short»'))).toBe(true);
    near(pair(run('rings'), 'K', 'unclosed')!.overlap_ha, zoneHa(5.305, 5.315, 0.01));
  });

  it('`only` restricts the municipios', () => {
    const r = run('multi', { only: ['D1'] });
    expect(featuresOf(r)).toEqual(['D1×twoParts']);
    expect(r.municipios.map((m) => m.code)).toEqual(['D1']);
  });

  it('withGeometry returns each intersection as a MultiPolygon of the same geodesic area', () => {
    expect(run('partial').pairs.every((p) => !('geometry' in p))).toBe(true);
    const cases: [string, string, string, number][] = [
      ['partial', 'C', 'partial', rectHa(-73.99, 4.71, -73.98, 4.72)],
      ['nested', 'A', 'inner', rectHa(-73.995, 4.605, -73.985, 4.615)],
      ['nested', 'B', 'big', rectHa(-74, 4.65, -73.99, 4.66)],
      [
        'holes',
        'H',
        'cover',
        rectHa(-74, 4.8, -73.98, 4.82) - rectHa(-73.995, 4.805, -73.985, 4.815)
      ],
      ['multi', 'D2', 'twoParts', zoneHa(4.905, 4.915, 0.01)]
    ];
    for (const [layer, m, f, want] of cases) {
      const p = pair(run(layer, { withGeometry: true }), m, f)!;
      expect(p.geometry?.type).toBe('MultiPolygon');
      const ha = geodesicAreaHa(p.geometry!);
      expect(Math.abs(ha / p.overlap_ha - 1)).toBeLessThan(1e-9);
      near(ha, want);
    }
  });
});
