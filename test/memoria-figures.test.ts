// The memoria's figures as pure SVG builders (issue 6): hand-made squares for the district map
// (coordinates inside the frame, proportions kept by the equirectangular projection), the
// population and constraint charts, and the inclusion paragraphs under the default criteria.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { constraintChartSvg } from '../src/lib/charts/constraint-chart-svg';
import { populationChartSvg } from '../src/lib/charts/population-chart-svg';
import type { ConstraintMatrix } from '../src/lib/domain/constraint-matrix';
import { inclusionParagraphs } from '../src/lib/domain/inclusion-paragraphs';
import { districtMapSvg, type MapShape } from '../src/lib/map/district-map-svg';

const square = (lon: number, lat: number, size = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat]
    ]
  ]
});
const shape = (id: string, geometry: Polygon, inDistrict = true): MapShape => ({
  id,
  label: id,
  geometry,
  inDistrict
});

/** The vertices of every path drawn in the figure, px. */
const vertices = (svg: string) =>
  [...svg.matchAll(/<path d="([^"]+)" fill="(?!none)/g)].map((m) =>
    [...m[1]!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])])
  );
const extent = (pts: number[][]) => {
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
};

describe('districtMapSvg', () => {
  it('draws every vertex of the district inside the figure', () => {
    const fig = districtMapSvg([shape('A', square(-75, 6)), shape('B', square(-74, 6))]);
    expect(fig.svg).toContain(`viewBox="0 0 ${fig.width} ${fig.height}"`);
    const pts = vertices(fig.svg).flat();
    expect(pts).toHaveLength(8);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(fig.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(fig.height);
    }
  });

  it('keeps proportions: a 1° square is as wide as tall near the equator, half as wide at 60° N', () => {
    const ratio = (lat: number) => {
      const [pts] = vertices(districtMapSvg([shape('A', square(10, lat))]).svg);
      const { w, h } = extent(pts!);
      return w / h;
    };
    expect(ratio(0)).toBeCloseTo(Math.cos((0.5 * Math.PI) / 180), 2);
    expect(ratio(60)).toBeCloseTo(Math.cos((60.5 * Math.PI) / 180), 2);
  });

  it('fits a wide district to the width and a tall one to the maximum height', () => {
    const wide = districtMapSvg([shape('A', square(0, 0)), shape('B', square(1, 0))], {
      width: 600
    });
    expect(extent(vertices(wide.svg).flat()).w).toBeCloseTo(576 / 1.08, 0);
    const tall = districtMapSvg([shape('A', square(0, 0)), shape('B', square(0, 1))], {
      width: 600,
      maxMapHeight: 300
    });
    expect(extent(vertices(tall.svg).flat()).h).toBeCloseTo(300 / 1.08, 0);
  });

  it('labels only the district, escaped, and clips the neighbours to the frame', () => {
    const fig = districtMapSvg([
      { ...shape('A', square(0, 0)), label: 'Yalí & <Otro>' },
      shape('N', square(5, 5), false)
    ]);
    expect(fig.svg).toContain('>Yalí &amp; &lt;Otro&gt;</text>');
    expect(fig.svg).not.toContain('>N</text>');
    expect(fig.svg).toContain('<g clip-path="url(#marco)">');
    expect(fig.svg).toMatch(/>\d+ km<\/text>/);
  });
});

describe('figure charts', () => {
  it('sorts the population bars, largest first, with Colombian number format', () => {
    const { svg } = populationChartSvg([
      { label: 'Yalí', value: 8091 },
      { label: 'Segovia', value: 40922 },
      { label: 'Sin dato', value: null }
    ]);
    const labels = [...svg.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Segovia', '40.922', 'Yalí', '8.091', 'Sin dato', 'sin dato']);
  });

  it('draws each constraint share on a 0–100 % axis with its label', () => {
    const matrix: ConstraintMatrix = {
      layers: [{ id: 'zrc', title: 'ZRC', kind: 'ordenamiento' }],
      lists: [],
      rows: [
        {
          code: '1',
          name: 'A',
          department: 'D',
          pdet: null,
          lists: {},
          cells: { zrc: { ha: 5, pct: 50, features: [] } }
        },
        {
          code: '2',
          name: 'B',
          department: 'D',
          pdet: null,
          lists: {},
          cells: { zrc: { ha: 0, pct: 0, features: [] } }
        }
      ]
    };
    const { svg } = constraintChartSvg(matrix, (r) => r.name, 600);
    const widths = [...svg.matchAll(/<rect x="130" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1])
    );
    expect(widths).toEqual([(600 - 130 - 50) / 2, 0]);
    expect(svg).toContain('>50,00 %</text>');
    expect(svg).toContain('>ZRC</text>');
    // The district page shows this same SVG: each bar titled for its tooltip.
    expect(svg).toContain('<title>A · ZRC: 50,00 %</title>');
  });
});

describe('inclusionParagraphs', () => {
  const row = (code: string, pdet: string | null) => ({
    code,
    name: `M${code}`,
    department: 'D',
    pdet,
    cells: {},
    lists: {}
  });
  const facts = {
    matrix: { layers: [], lists: [], rows: [row('1', 'Sub'), row('2', null), row('3', null)] },
    profile: { municipios: [] } as never,
    layers: []
  };

  it('evaluates contiguity and PDET by default, and keeps an edited paragraph', () => {
    const p = inclusionParagraphs(facts, [['1', '2'], ['3']], undefined, {
      '2': ' Texto propio. '
    });
    expect(p['1']).toContain('cumple 2 de 2 criterios');
    expect(p['2']).toBe('Texto propio.');
    expect(p['3']).toContain('cumple 0 de 2 criterios');
    expect(p['3']).toContain('no limita con el resto del distrito');
  });
});
