// Golden fixture of a real cut (issue 3): the ANT resguardo sample against the MGN 2018 municipios
// of Nariño, Cauca and Putumayo (test/in, written by scripts/fixtures/golden-inputs.ts).
// test/out is regenerated only with REGEN=1; otherwise the run must reproduce it. Independent
// checks: each resguardo's pieces add up to the resguardo, and the geodesic areas agree with the
// area of the ANT's administrative act (AREA_ACTO) where the source polygon is the full resguardo.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
import { OverlaySession } from '../src/lib/geo/overlay-session';
import type { OverlayPair, OverlayResult } from '../src/lib/geo/overlay-types';

const OUT = 'test/out/resguardos-x-municipios-sur.geojson';
type Props = Omit<OverlayPair, 'geometry'>;

async function read(path: string): Promise<FeatureCollection<Polygon | MultiPolygon>> {
  return JSON.parse(await readFile(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
}

const wire = (fc: FeatureCollection<Polygon | MultiPolygon>, key: string) =>
  fc.features.map((f) => ({ id: String(f.properties?.[key]), geometry: f.geometry }));

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

describe('golden: resguardos × municipios de Nariño, Cauca y Putumayo', async () => {
  const resguardos = await read('test/in/resguardos-muestra.geojson');
  const municipios = await read('test/in/municipios-narino-cauca-putumayo.geojson');
  const session = await OverlaySession.open();
  session.load({ layer: 'municipios', features: wire(municipios, 'code') });
  session.load({ layer: 'resguardos', features: wire(resguardos, 'name') });
  const result: OverlayResult = session.overlay({
    municipios: 'municipios',
    layer: 'resguardos',
    withGeometry: true
  });
  const areas = session.areas('resguardos');

  if (process.env.REGEN === '1' || !existsSync(OUT)) {
    if (process.env.REGEN !== '1') throw new Error(`Falta ${OUT}: ejecute con REGEN=1`);
    const features: Feature<MultiPolygon, Props>[] = result.pairs.map(({ geometry, ...p }) => ({
      type: 'Feature',
      properties: p,
      geometry: geometry!
    }));
    await writeFile(OUT, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
  }

  it('reproduces test/out: same pairs, same areas, same cut geometries', async () => {
    const golden = (await read(OUT)) as FeatureCollection<MultiPolygon, Props>;
    expect(result.pairs.map((p) => `${p.municipio}|${p.feature}|${p.borde}`)).toEqual(
      golden.features.map(
        (f) => `${f.properties.municipio}|${f.properties.feature}|${f.properties.borde}`
      )
    );
    golden.features.forEach((f, i) => {
      const p = result.pairs[i]!;
      expect(relative(p.overlap_ha, f.properties.overlap_ha)).toBeLessThan(1e-9);
      expect(relative(geodesicAreaHa(p.geometry!), geodesicAreaHa(f.geometry))).toBeLessThan(1e-9);
    });
  });

  it('splits each resguardo without loss or double counting', () => {
    // Outside these municipios: El Aguila lies in Caquetá; Carlosama's polygon crosses the
    // international border with Ecuador (≈4.6 ha beyond the MGN).
    const outside = new Set(['Resguardo Indígena El Aguila', 'Carlosama']);
    for (const [name, area] of areas) {
      const sum = result.pairs
        .filter((p) => p.feature === name)
        .reduce((s, p) => s + p.overlap_ha, 0);
      expect(sum, name).toBeLessThanOrEqual(area * (1 + 1e-9));
      if (!outside.has(name)) expect(relative(sum, area), name).toBeLessThan(1e-4);
    }
  });

  it('agrees with the area of the ANT act where the polygon is the whole resguardo', () => {
    // AREA_ACTO (ha) from the ANT layer; the others are partial polygons in this sample.
    const acts: Record<string, number> = {
      'Gran Tescual': 10174.35,
      Funes: 12276.8383,
      'Nuevo Horizonte': 203.1593,
      'Pasto De Iles': 65.857
    };
    for (const [name, act] of Object.entries(acts))
      expect(relative(areas.get(name)!, act), name).toBeLessThan(5e-4);
  });

  it('counts the two overlapping resguardos once in the municipios they share', () => {
    // Funes and Gran Tescual overlap each other in the ANT polygons. Where both fall, the covered
    // area is their union: the sum of the pairs minus their common part, measured here directly.
    const pick = (name: string) => wire(resguardos, 'name').filter((f) => f.id === name);
    session.load({ layer: 'funes', features: pick('Funes') });
    session.load({ layer: 'tescual', features: pick('Gran Tescual') });
    const common = session.overlay({ municipios: 'funes', layer: 'tescual' }).pairs[0]!.overlap_ha;
    expect(common).toBeGreaterThan(1);
    let excess = 0;
    for (const m of result.municipios) {
      const sum = result.pairs
        .filter((p) => p.municipio === m.code)
        .reduce((s, p) => s + p.overlap_ha, 0);
      excess += sum - m.overlap_ha;
    }
    expect(relative(excess, common)).toBeLessThan(1e-6);
  });
});
