// Boundary tiles served to the map: decoded with the reference vector-tile reader.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { boundaryTile, boundaryTiles } from '../src/lib/server/boundary-tiles';

function decode(z: number, x: number, y: number) {
  const bytes = boundaryTile(z, x, y);
  if (!bytes) return null;
  return new VectorTile(new PbfReader(bytes));
}

function codes(tile: VectorTile, layer: string): Set<string> {
  const l = tile.layers[layer];
  const out = new Set<string>();
  for (let i = 0; l && i < l.length; i++) out.add(String(l.feature(i).properties.code));
  return out;
}

describe('boundary tiles', () => {
  it('lists the 16 PDET subregions for the legend', () => {
    expect(boundaryTiles().pdetSubregions).toHaveLength(16);
  });

  it('draws every one of the 1,122 municipios and 33 departamentos at zoom 4 (country view)', () => {
    // Colombia (−81.9…−66.8°, −4.3…13.5°) spans z4 tiles x 4–5, y 7–8.
    const m = new Set<string>();
    const d = new Set<string>();
    for (const [x, y] of [
      [4, 7],
      [4, 8],
      [5, 7],
      [5, 8]
    ] as const) {
      const t = decode(4, x, y);
      if (!t) continue;
      codes(t, 'municipios').forEach((c) => m.add(c));
      codes(t, 'departamentos').forEach((c) => d.add(c));
    }
    expect(m.size).toBe(1122);
    expect(d.size).toBe(33);
  });

  it('carries Segovia (05736) with its name and PDET subregion in the z8 tile over it', () => {
    // Segovia's DIVIPOLA centroid −74.70, 7.08 lies in z8 tile x = 74, y = 122.
    const t = decode(8, 74, 122)!;
    const l = t.layers.municipios!;
    const props = Array.from({ length: l.length }, (_, i) => l.feature(i).properties);
    expect(props.find((p) => p.code === '05736')).toMatchObject({
      name: 'SEGOVIA',
      pdet: 'Bajo Cauca-Nordeste Antioqueño'
    });
  });

  it('carries only the names that fit at a zoom: capitals and the largest municipios at zoom 4', () => {
    const names = new Map<string, Record<string, unknown>>();
    for (const [x, y] of [
      [4, 7],
      [4, 8],
      [5, 7],
      [5, 8]
    ] as const) {
      const l = decode(4, x, y)?.layers.etiquetas;
      for (let i = 0; l && i < l.length; i++) {
        const p = l.feature(i).properties;
        names.set(String(p.code), p);
      }
    }
    expect(names.get('11001')).toMatchObject({ name: 'Bogotá, D.C.', capital: 1, minzoom: 4 });
    expect(names.has('05736')).toBe(false);
    expect([...names.values()].every((p) => p.minzoom === 4)).toBe(true);
    expect(names.size).toBeLessThan(60);
  });

  it('carries the label point of Segovia, with its name, in the z8 tile over it', () => {
    const l = decode(8, 74, 122)!.layers.etiquetas!;
    const segovia = Array.from({ length: l.length }, (_, i) => l.feature(i)).find(
      (f) => f.properties.code === '05736'
    );
    expect(segovia?.type).toBe(1); // point
    expect(segovia?.properties).toMatchObject({ name: 'Segovia', capital: 0 });
  });

  it('returns nothing for an ocean tile far from Colombia', () => {
    expect(boundaryTile(6, 0, 0)).toBeNull();
  });
});
