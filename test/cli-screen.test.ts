// `atlas screen` (issue 5): the consulta previa pre-screen from the command line, with the JSON
// contract of the issue. Real data: the bundled MGN 2018 municipios and ANT resguardos sample; a
// hand-made ethnic layer file (test fixture) for --capa-etnica.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';
import { ENGINES, withFreshAtlasDb } from './store-engines';

interface Screen {
  buffer_km: number;
  municipios: {
    code: string;
    flag: string;
    evidence: {
      layer: string;
      feature: string;
      overlap_ha: number | null;
      distance_km: number;
      people: string | null;
    }[];
  }[];
  layers_checked: { id: string }[];
  layers_missing: { id: string }[];
}

const dir = await mkdtemp(join(tmpdir(), 'atlas-screen-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(ENGINES)('atlas screen on %s', (engine) => {
  // The library the command reads by default: an empty one of the engine (ATLAS_DB).
  withFreshAtlasDb(engine);
  it(
    'flags Cumbal (polygon), Barbacoas and Segovia (ANT record), Túquerres (near)',
    async () => {
      const r = await atlas('screen', '--municipios', '52227,52079,52838,05736', '--json');
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as Screen;
      expect(out.buffer_km).toBe(5);
      expect(out.municipios.map((m) => [m.code, m.flag])).toEqual([
        ['52227', 'superposicion'],
        ['52079', 'superposicion'],
        ['52838', 'proximidad'],
        ['05736', 'superposicion']
      ]);
      // Barbacoas: the polygon sample only touches it with a 5 ha sliver of La Montaña (a border,
      // not presence); the superposición comes from the Awá resguardos the ANT files there.
      const barbacoas = out.municipios[1]!.evidence;
      expect(barbacoas.find((e) => e.layer === 'resguardos_muestra')).toMatchObject({
        feature: 'Resguardo Indígena La Montaña',
        borde: true
      });
      expect(
        barbacoas.filter((e) => e.layer === 'resguardos_ant_registro' && e.overlap_ha === null)
          .length
      ).toBeGreaterThan(0);
      // Segovia: the two resguardos the ANT's national table files there (issue 19's hand check:
      // Embera Katío de Tagual–La Po, 1,830.6 ha; La Chinita), with no overlap area.
      const segovia = out.municipios[3]!.evidence;
      expect(segovia.map((e) => [e.layer, e.overlap_ha])).toEqual([
        ['resguardos_ant_registro', null],
        ['resguardos_ant_registro', null]
      ]);
      const tagual = segovia.find((e) => e.feature.includes('Tagual')) as unknown as {
        people: string;
        record: { recorded_ha: number };
      };
      expect(tagual.people).toBe('EMBERA KATIO');
      expect(tagual.record.recorded_ha).toBeCloseTo(1830.6, 1);
      const cumbal = out.municipios[0]!.evidence[0]!;
      expect(cumbal).toMatchObject({
        layer: 'resguardos_muestra',
        feature: 'Resguardo Indígena De Cumbal',
        people: 'Pastos',
        distance_km: 0
      });
      expect(out.layers_checked.map((l) => l.id)).toEqual([
        'resguardos_muestra',
        'resguardos_caqueta',
        'resguardos_ant_registro'
      ]);
      expect(out.layers_missing.map((l) => l.id)).toEqual([
        'resguardos_nacional',
        'consejos_comunitarios'
      ]);
    },
    CLI_TIMEOUT
  );

  it(
    'takes the buffer: Túquerres has no record within 3 km',
    async () => {
      const r = await atlas('screen', '--municipios', '52838', '--buffer-km', '3', '--json');
      expect((JSON.parse(r.stdout) as Screen).municipios[0]!.flag).toBe('sin_registro');
    },
    CLI_TIMEOUT
  );

  it(
    'adds an ethnic layer file: a consejo comunitario drawn inside Segovia overlaps it',
    async () => {
      // Hand-made test fixture (not real data): a 0.02° square inside Segovia (05736).
      const file = join(dir, 'consejo.geojson');
      const square = [
        [
          [-74.7, 7.2],
          [-74.68, 7.2],
          [-74.68, 7.22],
          [-74.7, 7.22],
          [-74.7, 7.2]
        ]
      ];
      await writeFile(
        file,
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { NOMBRE: 'Consejo de prueba' },
              geometry: { type: 'Polygon', coordinates: square }
            }
          ]
        })
      );
      const r = await atlas('screen', '--municipios', '05736', '--capa-etnica', file, '--json');
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as Screen;
      expect(out.municipios[0]!.flag).toBe('superposicion');
      expect(out.municipios[0]!.evidence[0]).toMatchObject({
        layer: file,
        feature: 'Consejo de prueba'
      });
      expect(out.municipios[0]!.evidence[0]!.overlap_ha).toBeGreaterThan(0);
      expect(out.layers_checked.map((l) => l.id)).toEqual([
        'resguardos_muestra',
        'resguardos_caqueta',
        file,
        'resguardos_ant_registro'
      ]);
    },
    CLI_TIMEOUT
  );

  it(
    'repairs a code that lost its leading zero as the web page does, with the same warning',
    async () => {
      const r = await atlas('screen', '--municipios', '5736', '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(
        'aviso: 1 códigos sin el cero inicial se repararon: 5736 → 05736.'
      );
      const out = JSON.parse(r.stdout) as { municipios: { code: string }[] };
      expect(out.municipios.map((m) => m.code)).toEqual(['05736']);
    },
    CLI_TIMEOUT
  );

  it(
    'shows the ANT record beside the Caquetá polygon of the same resguardo (La Montañita, El Cedrito)',
    async () => {
      // The ANT table records El Cedrito (RESOLUCION 0013 de 1995) with AREA_TOTAL 120.725 ha in
      // 18410; the Caquetá clip holds its polygon, so the table line gives both.
      const r = await atlas('screen', '--municipios', '18410');
      expect(r.code, r.stderr).toBe(0);
      const line = r.stdout.split('\n').find((l) => l.startsWith('18410'))!;
      expect(line).toMatch(
        /El Cedrito: \d+\.\d ha · Resguardo Indígena Embera Katio El Cedrito: registrado por la ANT/
      );
      expect(line).toContain('área registrada 120,73 ha, RESOLUCION 0013 de 1995-04-05');
      expect(line).not.toContain('El Cedrito: a 0.0 km');
    },
    CLI_TIMEOUT
  );

  it(
    'refuses a malformed code and a missing --municipios in Spanish',
    async () => {
      const bad = await atlas('screen', '--municipios', '573');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(
        /^atlas: --municipios: códigos DANE no válidos \(5 dígitos\): 573/
      );
      const none = await atlas('screen');
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/^atlas: screen: falta --municipios/);
    },
    CLI_TIMEOUT
  );
});
