// The command line (`node scripts/atlas.mjs`), run as a user runs it: a child process in the
// project root. Expected values come from outside the CLI: DANE codes and names, Colombia's land
// area, the closed-form area of a latitude-longitude cell on the WGS84 ellipsoid, and the catalog.
// Each run takes 1–3 s, so the number of runs is kept small.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ring, writeTestShapefile } from '../scripts/fixtures/write-test-shapefile';
import { layerById } from '../src/lib/catalog/catalog';
import type { OverlayPair } from '../src/lib/geo/overlay-types';
import { DEFAULT_SLIVER_THRESHOLD } from '../src/lib/geo/sliver-threshold';
import { atlas, type CliRun } from './fixtures/run-atlas';
import { ORIGEN_NACIONAL_ESRI_WKT, UTM_18N_ESRI_WKT, WGS84_ESRI_WKT } from './fixtures/crs-wkt';

const FIXTURES = 'test/fixtures/cli';
const CLI_TIMEOUT = 60_000; // per test: the runner's own limit is the same
/**
 * A user-facing failure: non-zero exit, nothing on stdout, one `atlas:` message in Spanish on
 * stderr without Node's stack trace or `…Error:` lines, containing every `expected` fragment.
 */
function expectCleanError(r: CliRun, ...expected: (string | RegExp)[]): void {
  expect(r.code, r.stderr).not.toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^atlas: /);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/^\s*\w*Error\b[^\n]*:/m);
  expect(r.stderr).not.toContain('node:internal');
  // Spanish wording; a parser's own detail quoted in parentheses is not judged.
  const message = r.stderr.replace(/\([^)]*\)/g, '');
  expect(message).toMatch(/[áéíóúñ«»¿]|\b(no|el|la|los|las|del|un|una|que|falta)\b/i);
  expect(message).not.toMatch(
    /\b(not found|no such file|unknown|invalid|missing|cannot|could not|unexpected|expected|failed)\b/i
  );
  for (const e of expected) {
    if (typeof e === 'string') expect(r.stderr).toContain(e);
    else expect(r.stderr).toMatch(e);
  }
}

// Area of the cell [lon1, lon2] × [lat1, lat2] on the WGS84 ellipsoid, in hectares:
// A = Δλ·b²/2·[q(φ2) − q(φ1)], q(φ) = sinφ/(1 − e²sin²φ) + ln((1 + e sinφ)/(1 − e sinφ))/(2e).
function cellAreaHa(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const e2 = f * (2 - f);
  const e = Math.sqrt(e2);
  const rad = Math.PI / 180;
  const q = (lat: number) => {
    const s = Math.sin(lat * rad);
    return s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
  };
  return ((lon2 - lon1) * rad * b * b * (q(lat2) - q(lat1))) / 2 / 10_000;
}

interface MunicipioRow {
  code: string;
  name: string;
  department: string;
  area_ha: number;
}

type Pair = Omit<OverlayPair, 'geometry'>;

interface OverlayJson {
  layer: string;
  key: string;
  borde_threshold: { max_ha: number; max_pct_of_feature: number };
  pairs: Pair[];
  municipios: { code: string; overlap_ha: number; pct: number }[];
  repaired: { feature: string; reason: string }[];
  warnings: string[];
}

function parseOverlay(r: CliRun): OverlayJson {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as OverlayJson;
}

const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

// The GeoJSON fixture's cell and a cell in the centre of Pasto (52001), Nariño.
const MEDELLIN_CELL = [-75.59, 6.24, -75.58, 6.25] as const;
const PASTO_CELL = [-77.29, 1.2, -77.28, 1.21] as const;
const ring = ([x1, y1, x2, y2]: readonly [number, number, number, number]): Ring => [
  [x1, y1],
  [x2, y1],
  [x2, y2],
  [x1, y2]
];

const KM_SQUARE_9377: Ring = [
  [4_715_000, 2_249_000],
  [4_716_000, 2_249_000],
  [4_716_000, 2_250_000],
  [4_715_000, 2_250_000]
];

/** A temporary folder for one describe block; `.path` is set before its tests run. */
function useTmpDir(prefix: string): { path: string } {
  const dir = { path: '' };
  beforeAll(async () => {
    dir.path = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    if (dir.path) await rm(dir.path, { recursive: true, force: true });
  });
  return dir;
}

describe('atlas municipios', () => {
  it(
    'lists the 1,122 MGN 2018 municipios with their geodesic area as JSON',
    async () => {
      const r = await atlas('municipios', '--json');
      expect(r.code, r.stderr).toBe(0);
      const rows = JSON.parse(r.stdout) as MunicipioRow[];
      expect(Array.isArray(rows)).toBe(true);
      expect(rows).toHaveLength(1122);
      for (const row of rows) {
        expect(Object.keys(row).sort()).toEqual(['area_ha', 'code', 'department', 'name']);
        expect(row.code).toMatch(/^\d{5}$/);
        expect(typeof row.name).toBe('string');
        expect(row.name.length).toBeGreaterThan(0);
        expect(typeof row.department).toBe('string');
        expect(row.department.length).toBeGreaterThan(0);
        expect(Number.isFinite(row.area_ha)).toBe(true);
        expect(row.area_ha).toBeGreaterThan(0);
      }
      expect(new Set(rows.map((x) => x.code)).size).toBe(1122);
      const medellin = rows.find((x) => x.code === '05001');
      expect(medellin).toMatchObject({ name: 'MEDELLÍN', department: 'ANTIOQUIA' });
      // Medellín covers about 380 km².
      expect(medellin?.area_ha).toBeGreaterThan(36_000);
      expect(medellin?.area_ha).toBeLessThan(39_000);
      // Colombia's land area is about 1,141,748 km² ≈ 113.8 M ha (after the 2018 MGN).
      const total = rows.reduce((s, x) => s + x.area_ha, 0);
      expect(total).toBeGreaterThan(113.6e6);
      expect(total).toBeLessThan(114.0e6);
    },
    CLI_TIMEOUT
  );

  it(
    'prints a table with a header without --json',
    async () => {
      const r = await atlas('municipios');
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toContain('Municipio');
      expect(() => JSON.parse(r.stdout) as unknown).toThrow();
      const dataLines = lines.filter((l) => /^\d{5}\s/.test(l));
      expect(dataLines).toHaveLength(1122);
      expect(dataLines.find((l) => l.startsWith('05001'))).toContain('MEDELLÍN');
    },
    CLI_TIMEOUT
  );
});

describe('atlas overlay', () => {
  const tmp = useTmpDir('atlas-cli-');

  it(
    'crosses a bundled layer with chosen municipios and keeps full precision',
    async () => {
      const out = parseOverlay(
        await atlas(
          'overlay',
          '--layer',
          'resguardos_muestra',
          '--municipios',
          '52356,52287',
          '--json'
        )
      );
      expect(Object.keys(out).sort()).toEqual([
        'borde_threshold',
        'key',
        'layer',
        'municipios',
        'pairs',
        'repaired',
        'warnings'
      ]);
      expect(out.layer).toBe('resguardos_muestra');
      expect(out.key).toBe(layerById('resguardos_muestra')?.keyField);
      expect(out.borde_threshold).toEqual({
        max_ha: DEFAULT_SLIVER_THRESHOLD.maxHa,
        max_pct_of_feature: DEFAULT_SLIVER_THRESHOLD.maxPctOfFeature
      });
      expect(Array.isArray(out.repaired)).toBe(true);
      expect(Array.isArray(out.warnings)).toBe(true);

      expect(out.pairs.length).toBeGreaterThan(0);
      for (const p of out.pairs) {
        expect(Object.keys(p).sort()).toEqual([
          'borde',
          'feature',
          'municipio',
          'overlap_ha',
          'pct_of_feature',
          'pct_of_municipio'
        ]);
        expect(['52356', '52287']).toContain(p.municipio);
        expect(typeof p.feature).toBe('string');
        expect(typeof p.borde).toBe('boolean');
        for (const v of [p.overlap_ha, p.pct_of_municipio, p.pct_of_feature]) {
          expect(typeof v).toBe('number');
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(p.overlap_ha).toBeGreaterThan(0);
        for (const pct of [p.pct_of_municipio, p.pct_of_feature]) {
          expect(pct).toBeGreaterThanOrEqual(0);
          expect(pct).toBeLessThanOrEqual(100 + 1e-9);
        }
        // The documented rule: small in hectares AND small as a share of the feature.
        expect(p.borde).toBe(
          p.overlap_ha < DEFAULT_SLIVER_THRESHOLD.maxHa &&
            p.pct_of_feature < DEFAULT_SLIVER_THRESHOLD.maxPctOfFeature
        );
      }
      const rumiyaco = out.pairs.find((p) => p.municipio === '52356' && p.feature === 'Rumiyaco');
      expect(rumiyaco?.overlap_ha).toBeGreaterThan(0);
      expect(out.pairs.some((p) => decimals(p.overlap_ha) > 6)).toBe(true);

      // Coverage rows: only the chosen municipios; the union lies between the largest pair and
      // the sum of pairs, and every row of one municipio implies the same municipio area.
      for (const m of out.municipios) {
        expect(['52356', '52287']).toContain(m.code);
        expect(m.pct).toBeGreaterThanOrEqual(0);
        expect(m.pct).toBeLessThanOrEqual(100 + 1e-9);
        const mine = out.pairs.filter((p) => p.municipio === m.code);
        expect(mine.length).toBeGreaterThan(0);
        const sum = mine.reduce((s, p) => s + p.overlap_ha, 0);
        const max = Math.max(...mine.map((p) => p.overlap_ha));
        expect(m.overlap_ha).toBeLessThanOrEqual(sum * (1 + 1e-9));
        expect(m.overlap_ha).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        const area = (m.overlap_ha / m.pct) * 100;
        for (const p of mine) {
          expect((p.overlap_ha / p.pct_of_municipio) * 100).toBeCloseTo(area, 3);
        }
      }
      expect(new Set(out.municipios.map((m) => m.code))).toEqual(
        new Set(out.pairs.map((p) => p.municipio))
      );
    },
    CLI_TIMEOUT
  );

  it(
    'measures a hand-made GeoJSON cell inside Medellín at its ellipsoidal area',
    async () => {
      const file = `${FIXTURES}/medellin-cell.geojson`;
      const out = parseOverlay(
        await atlas('overlay', '--layer', file, '--key', 'NOMBRE', '--json')
      );
      expect(out.layer).toBe(file);
      expect(out.key).toBe('NOMBRE');
      expect(out.pairs).toHaveLength(1);
      const [pair] = out.pairs;
      expect(pair?.municipio).toBe('05001');
      expect(pair?.feature).toBe('Celda Medellín');
      expect(pair?.borde).toBe(false);
      expect(Math.abs((pair?.pct_of_feature ?? 0) - 100)).toBeLessThan(1e-6);
      const expected = cellAreaHa(...MEDELLIN_CELL);
      expect(expected).toBeGreaterThan(120); // ≈ 1.11 km × 1.10 km
      expect(Math.abs((pair?.overlap_ha ?? 0) - expected) / expected).toBeLessThan(1e-4);
      expect(out.municipios).toHaveLength(1);
      expect(out.municipios[0]?.code).toBe('05001');
      expect(out.municipios[0]?.overlap_ha).toBeCloseTo(pair?.overlap_ha ?? 0, 9);
    },
    CLI_TIMEOUT
  );

  it(
    'reads a geographic shapefile with a Latin-1 .dbf and decodes its names',
    async () => {
      const shp = await writeTestShapefile({
        dir: tmp.path,
        name: 'narino',
        features: [{ ring: ring(PASTO_CELL), properties: { NOMBRE: 'Nariño' } }],
        dbfEncoding: 'latin1',
        prj: WGS84_ESRI_WKT
      });
      const out = parseOverlay(await atlas('overlay', '--layer', shp, '--key', 'NOMBRE', '--json'));
      expect(out.key).toBe('NOMBRE');
      expect(out.pairs).toHaveLength(1);
      const [pair] = out.pairs;
      expect(pair?.feature).toBe('Nariño');
      expect(pair?.municipio).toBe('52001');
      expect(Math.abs((pair?.pct_of_feature ?? 0) - 100)).toBeLessThan(1e-6);
      const expected = cellAreaHa(...PASTO_CELL);
      expect(Math.abs((pair?.overlap_ha ?? 0) - expected) / expected).toBeLessThan(1e-4);
    },
    CLI_TIMEOUT
  );
});

describe('atlas errors', () => {
  const tmp = useTmpDir('atlas-cli-errors-');

  const cell = `${FIXTURES}/medellin-cell.geojson`;

  it(
    'names a layer that is neither bundled nor an existing file',
    async () => {
      expectCleanError(
        await atlas('overlay', '--layer', 'nope.geojson', '--key', 'NOMBRE'),
        'nope.geojson',
        /archivo|no existe/i
      );
    },
    CLI_TIMEOUT
  );

  it(
    'refuses a file that is not valid JSON',
    async () => {
      const file = join(tmp.path, 'roto.geojson');
      await writeFile(file, '{ "type": "FeatureCollection", "features": [ ', 'utf8');
      expectCleanError(await atlas('overlay', '--layer', file, '--key', 'NOMBRE'), file, /JSON/);
    },
    CLI_TIMEOUT
  );

  it(
    'lists the available fields when --key names none of them',
    async () => {
      expectCleanError(
        await atlas('overlay', '--layer', cell, '--key', 'CODIGO_DANE'),
        cell,
        'CODIGO_DANE',
        'NOMBRE',
        'CODIGO',
        /campo/i
      );
    },
    CLI_TIMEOUT
  );

  it(
    'asks for --key when a file is given without it',
    async () => {
      expectCleanError(await atlas('overlay', '--layer', cell), cell, '--key', 'NOMBRE', 'CODIGO');
    },
    CLI_TIMEOUT
  );

  it(
    'rejects a DANE code that is not 5 digits (nor 4 that lost a leading zero)',
    async () => {
      expectCleanError(
        await atlas('overlay', '--layer', 'resguardos_muestra', '--municipios', '501'),
        '501',
        /c[óo]digo|DANE/i
      );
    },
    CLI_TIMEOUT
  );

  it(
    'rejects a well-formed code that is not a municipio',
    async () => {
      expectCleanError(
        await atlas('overlay', '--layer', 'resguardos_muestra', '--municipios', '99999'),
        '99999',
        /c[óo]digo|municipio/i
      );
    },
    CLI_TIMEOUT
  );

  it(
    'rejects an unknown command',
    async () => {
      expectCleanError(
        await atlas('frobnicate'),
        'frobnicate',
        /desconocid|no reconocid|no existe/i
      );
    },
    CLI_TIMEOUT
  );

  it(
    'reprojects a shapefile in MAGNA-SIRGAS / Origen-Nacional (EPSG:9377)',
    async () => {
      // A 1 km square in EPSG:9377 metres, about 285 km west of the central meridian, in Medellín.
      const shp = await writeTestShapefile({
        dir: tmp.path,
        name: 'origen-nacional',
        features: [{ ring: KM_SQUARE_9377, properties: { NOMBRE: 'Proyectada' } }],
        prj: ORIGEN_NACIONAL_ESRI_WKT
      });
      const r = await atlas('overlay', '--layer', shp, '--key', 'NOMBRE', '--json');
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as OverlayJson;
      expect(out.pairs.map((p) => p.municipio)).toEqual(['05001']);
      // 1 km² = 100 ha on the map; the grid scale there is k ≈ 0.9992·(1 + x²/2R²) ≈ 1.0002,
      // so the true area is ≈ 99.96 ha.
      expect(out.pairs[0]!.overlap_ha).toBeGreaterThan(99.8);
      expect(out.pairs[0]!.overlap_ha).toBeLessThan(100.05);
    },
    CLI_TIMEOUT
  );

  it(
    'refuses a shapefile in an unsupported projection, naming its .prj',
    async () => {
      const shp = await writeTestShapefile({
        dir: tmp.path,
        name: 'utm18n',
        features: [{ ring: KM_SQUARE_9377, properties: { NOMBRE: 'UTM' } }],
        prj: UTM_18N_ESRI_WKT
      });
      expectCleanError(
        await atlas('overlay', '--layer', shp, '--key', 'NOMBRE'),
        shp.replace(/\.shp$/, '.prj'),
        /no soportado/i,
        'EPSG:9377'
      );
    },
    CLI_TIMEOUT
  );

  it(
    'reads a shapefile without its .dbf as geometry only, and says a key field is missing',
    async () => {
      const shp = await writeTestShapefile({
        dir: tmp.path,
        name: 'sin-dbf',
        features: [{ ring: ring(MEDELLIN_CELL), properties: { NOMBRE: 'Sin atributos' } }],
        withDbf: false
      });
      const r = await atlas('import', shp, '--json');
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as {
        features: number;
        fields: string[];
        warnings: string[];
      };
      expect(out.features).toBe(1);
      expect(out.fields).toEqual(['numero_elemento']);
      expect(out.warnings.join(' ')).toContain('no trae .dbf');
      expectCleanError(
        await atlas('overlay', '--layer', shp, '--key', 'NOMBRE'),
        'no existe el campo «NOMBRE»'
      );
    },
    CLI_TIMEOUT
  );

  it(
    'a shapefile without .prj in metres is read with --crs EPSG:9377, and asks for it without',
    async () => {
      const shp = await writeTestShapefile({
        dir: tmp.path,
        name: 'sin-prj',
        features: [{ ring: KM_SQUARE_9377, properties: { NOMBRE: 'Proyectada' } }]
      });
      expectCleanError(
        await atlas('overlay', '--layer', shp, '--key', 'NOMBRE'),
        '--crs',
        'EPSG:9377'
      );
      const r = await atlas(
        'overlay',
        '--layer',
        shp,
        '--key',
        'NOMBRE',
        '--crs',
        'EPSG:9377',
        '--json'
      );
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as OverlayJson;
      // The same 1 km square as the .prj case above: ≈ 99.96 ha in Medellín.
      expect(out.pairs.map((p) => p.municipio)).toEqual(['05001']);
      expect(out.pairs[0]!.overlap_ha).toBeGreaterThan(99.8);
      expect(out.pairs[0]!.overlap_ha).toBeLessThan(100.05);
      const bad = await atlas('import', shp, '--crs', 'EPSG:32618');
      expectCleanError(bad, '--crs', 'no soportado');
      expect(bad.code).toBe(2);
    },
    CLI_TIMEOUT
  );

  it(
    'rejects a non-numeric --borde-ha with exit code 2',
    async () => {
      const r = await atlas('overlay', '--layer', 'resguardos_muestra', '--borde-ha', 'abc');
      expectCleanError(r, '--borde-ha', 'abc', /n[úu]mero/i);
      expect(r.code).toBe(2);
    },
    CLI_TIMEOUT
  );
});
