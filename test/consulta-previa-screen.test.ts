// Consulta previa pre-screen (issue 5; guide §4: flags with evidence, DANCP decides by afectación
// directa, SU-123/2018). Hand-made hits for the rules; the real ANT resguardos sample against the
// bundled MGN 2018 municipios for the geometry; a hand-made pair of squares for the distance.
import { describe, expect, it } from 'vitest';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { screenConsulta } from '../src/lib/domain/consulta-previa-screen';
import { areaHits } from '../src/lib/geo/area-hits';
import { featuresNear } from '../src/lib/geo/features-near';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { parseWire } from '../src/lib/geo/overlay-session';
import { prepareLayer } from '../src/lib/geo/prepare-layer';
import { cell } from '../src/lib/geo/test-zone-area';

const L = 'resguardos';

describe('§4 consulta previa flag rules', () => {
  it('an overlap above the sliver threshold is superposición, listed before proximity', () => {
    const s = screenConsulta(
      '1',
      [{ layer: L, feature: 'A', overlap_ha: 300, pct_of_area: 2, borde: false }],
      [
        { layer: L, feature: 'A', distance_km: 0 },
        { layer: L, feature: 'B', distance_km: 3 }
      ],
      5
    );
    expect(s.flag).toBe('superposicion');
    expect(s.evidence.map((e) => [e.feature, e.overlap_ha, e.distance_km])).toEqual([
      ['A', 300, 0],
      ['B', null, 3]
    ]);
  });

  it('a border sliver alone is proximidad, not superposición', () => {
    const s = screenConsulta(
      '2',
      [{ layer: L, feature: 'A', overlap_ha: 5.2, pct_of_area: 0.01, borde: true }],
      [{ layer: L, feature: 'A', distance_km: 0 }],
      5
    );
    expect(s.flag).toBe('proximidad');
    expect(s.evidence[0]).toMatchObject({ feature: 'A', borde: true, overlap_ha: 5.2 });
  });

  it('an official record (ANT, no polygon) filing a resguardo under the municipio is superposición with the overlap unknown', () => {
    const record = {
      people: 'EMBERA CHAMI',
      act: 'ACUERDO 245',
      recorded_ha: 50.98,
      filed_as: null
    };
    const s = screenConsulta('05736', [], [{ layer: L, feature: 'B', distance_km: 3 }], 5, [
      { layer: 'registro', feature: 'La Chinita', record }
    ]);
    expect(s.flag).toBe('superposicion');
    expect(
      s.evidence.map((e) => [e.feature, e.overlap_ha, e.distance_km, e.record ?? null])
    ).toEqual([
      ['La Chinita', null, 0, record],
      ['B', null, 3, null]
    ]);
  });

  it('a polygon layer for the same resguardo keeps its hectares beside the record', () => {
    const record = { people: null, act: null, recorded_ha: 100, filed_as: null };
    const s = screenConsulta(
      '1',
      [{ layer: L, feature: 'A', overlap_ha: 80, pct_of_area: 1, borde: false }],
      [],
      5,
      [{ layer: 'registro', feature: 'A', record }]
    );
    expect(s.evidence.map((e) => [e.layer, e.overlap_ha])).toEqual([
      [L, 80],
      ['registro', null]
    ]);
  });

  it('a feature beyond the buffer is no evidence: sin_registro', () => {
    const s = screenConsulta('3', [], [{ layer: L, feature: 'B', distance_km: 5.01 }], 5);
    expect(s.flag).toBe('sin_registro');
    expect(s.evidence).toEqual([]);
    expect(screenConsulta('3', [], [{ layer: L, feature: 'B', distance_km: 5.01 }], 6).flag).toBe(
      'proximidad'
    );
  });
});

describe('pre-screen on the real ANT resguardos sample', async () => {
  const rt = await loadGeos();
  const codes = ['52227', '52079', '52838', '05736'];
  const rows = (await readArrowRows('data', 'municipios')).filter((r) =>
    codes.includes(String(r.code))
  );
  const areas = prepareLayer(rt, parseWire(rowsToWire(rows, 'code'), []));
  const resguardos = prepareLayer(
    rt,
    parseWire(rowsToWire(await readArrowRows('data', 'resguardos_muestra'), 'name'), [])
  );
  const screen = (km: number) => {
    const hits = areaHits(rt, areas, codes, [{ id: L, layer: resguardos }], km);
    return new Map(
      codes.map((c) => {
        const h = hits.get(c)!;
        return [c, screenConsulta(c, h.overlaps, h.near, km)];
      })
    );
  };
  const at5 = screen(5);

  it('Cumbal (52227), which holds the Cumbal resguardo, is superposición', () => {
    const s = at5.get('52227')!;
    expect(s.flag).toBe('superposicion');
    // The resguardo lies wholly inside the municipio: the overlap is its whole area.
    const e = s.evidence.find((x) => x.feature === 'Resguardo Indígena De Cumbal')!;
    const whole = resguardos.items.find((i) => i.id === 'Resguardo Indígena De Cumbal')!.areaHa;
    expect(Math.abs(e.overlap_ha! / whole - 1)).toBeLessThan(1e-6);
  });

  it('Barbacoas (52079), touched only by a 5 ha sliver of La Montaña, is not superposición', () => {
    const s = at5.get('52079')!;
    expect(s.flag).toBe('proximidad');
    expect(s.evidence[0]).toMatchObject({ feature: 'Resguardo Indígena La Montaña', borde: true });
  });

  it('Túquerres (52838) is proximidad at 5 km (La Montaña ≈4.5 km) and sin_registro at 3 km', () => {
    expect(at5.get('52838')!.flag).toBe('proximidad');
    const d = at5.get('52838')!.evidence[0]!.distance_km;
    expect(d).toBeGreaterThan(4);
    expect(d).toBeLessThan(5);
    expect(screen(3).get('52838')!.flag).toBe('sin_registro');
  });

  it('Segovia (05736), far from the sample, has no record in the loaded layers', () => {
    expect(at5.get('05736')).toEqual({ code: '05736', flag: 'sin_registro', evidence: [] });
  });
});

describe('geodesic distance between features', async () => {
  const rt = await loadGeos();
  it('two 0.1° squares 0.05° apart on a parallel at 4° N: the arc of the parallel, N(φ)·cos φ·Δλ', () => {
    const area = prepareLayer(rt, [
      { id: 'A', geometry: { type: 'Polygon', coordinates: [cell(-74, 4, 0.1)] } }
    ]);
    const other = prepareLayer(rt, [
      { id: 'B', geometry: { type: 'Polygon', coordinates: [cell(-73.85, 4, 0.1)] } }
    ]);
    const [near] = featuresNear(rt, area.items[0]!, other, 10);
    // In lon/lat every parallel 4°…4.1° ties; GEOS returns the southern pair, at 4°. (The true
    // shortest geodesic runs along 4.1°, 0.012 % shorter: the approximation features-near.ts states.)
    const a = 6378137;
    const e2 = 0.0066943799901413165;
    const phi = (4 * Math.PI) / 180;
    const parallelArcKm =
      ((a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2)) * Math.cos(phi) * ((0.05 * Math.PI) / 180)) /
      1000;
    expect(near?.id).toBe('B');
    expect(Math.abs(near!.distance_km / parallelArcKm - 1)).toBeLessThan(1e-5);
    expect(featuresNear(rt, area.items[0]!, other, 5)).toEqual([]);
  });
});
