// The label point of each municipio in data/limites.topojson (scripts/data/label-topology.ts):
// inside its own municipio, named as people write it, ranked capitals first.
import { readFileSync } from 'node:fs';
import booleanIntersects from '@turf/boolean-intersects';
import { tableFromIPC } from 'apache-arrow';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { titleCase } from '../src/lib/domain/anexo2-format';
import { FIRST_LABEL_ZOOM, LAST_LABEL_ZOOM, labelMinZoom } from '../src/lib/map/label-min-zoom';

interface Label {
  code: string;
  name: string;
  capital: number;
  rank: number;
  minzoom: number;
}
const topo = JSON.parse(readFileSync('data/limites.topojson', 'utf8')) as Topology<{
  municipios: GeometryCollection<{ code: string }>;
  etiquetas: GeometryCollection<Label>;
}>;
const labels = feature(topo, topo.objects.etiquetas).features as Feature<Point, Label>[];
const shapes = new Map(
  (feature(topo, topo.objects.municipios).features as Feature<Polygon | MultiPolygon>[]).map(
    (f) => [String(f.properties?.code), f] as const
  )
);
const byCode = new Map(labels.map((l) => [l.properties.code, l]));

describe('municipio label points', () => {
  it('gives each of the 1,122 municipios one point, inside the municipio itself', () => {
    expect(labels).toHaveLength(1122);
    expect(byCode.size).toBe(1122);
    const outside = labels.filter((l) => !booleanIntersects(l, shapes.get(l.properties.code)!));
    expect(outside.map((l) => l.properties.code)).toEqual([]);
  });

  it('names them from the municipio table, as people write them', () => {
    const rows = tableFromIPC(readFileSync('data/municipios.arrow'))
      .toArray()
      .map((r) => r.toJSON() as { code: string; name: string });
    for (const r of rows) expect(byCode.get(r.code)?.properties.name).toBe(titleCase(r.name));
    expect(byCode.get('05736')?.properties.name).toBe('Segovia');
    expect(byCode.get('11001')?.properties.name).toBe('Bogotá, D.C.');
    expect(byCode.get('18094')?.properties.name).toBe('Belén de los Andaquíes');
  });

  it('ranks the 32 department capitals first (Bogotá, not Agua de Dios, for Cundinamarca)', () => {
    const capitals = labels.filter((l) => l.properties.capital === 1).map((l) => l.properties);
    expect(capitals).toHaveLength(32);
    expect(capitals.map((c) => c.code)).toContain('11001');
    expect(capitals.map((c) => c.code)).not.toContain('25001');
    expect(Math.max(...capitals.map((c) => c.rank))).toBe(31);
    const ranks = labels.map((l) => l.properties.rank).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: 1122 }, (_, i) => i));
  });

  it('labels a larger municipio from an earlier zoom, and every one by the last labelled zoom', () => {
    expect(byCode.get('11001')?.properties.minzoom).toBe(FIRST_LABEL_ZOOM);
    // Cumaribo (Vichada, ≈65,000 km²) before Segovia (≈1,200 km²) before Sabaneta (15 km²).
    const z = (code: string) => byCode.get(code)!.properties.minzoom;
    expect(z('99773')).toBeLessThan(z('05736'));
    expect(z('05736')).toBeLessThan(z('05631'));
    for (const l of labels) expect(l.properties.minzoom).toBeLessThanOrEqual(LAST_LABEL_ZOOM);
  });

  it('computes the fitting zoom from the inscribed circle: twice the radius, one zoom earlier', () => {
    expect(labelMinZoom(0.1, false) - labelMinZoom(0.2, false)).toBe(1);
    expect(labelMinZoom(1e-6, false)).toBe(LAST_LABEL_ZOOM);
    expect(labelMinZoom(10, false)).toBe(FIRST_LABEL_ZOOM);
    expect(labelMinZoom(1e-6, true)).toBe(FIRST_LABEL_ZOOM);
  });
});
