// `atlas capas agregar|listar` run as a user runs them, on a fresh ATLAS_DB of each engine: real
// files from sources/ (counts from the raw files), two uploads at once, and failed uploads that
// leave the library as it was.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pointsGeojson, unusableGeojson } from './fixtures/point-line-layers';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';
import { SOURCES } from './fixtures/sources';
import { ENGINES, withFreshAtlasDb } from './store-engines';

const RESGUARDOS = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;
const ZRC = `${SOURCES}/reserva_campesina/zonas_reserva_campesina_odpi.geojson`;
const rawCount = async (path: string) =>
  (JSON.parse(await readFile(path, 'utf8')) as { features: unknown[] }).features.length;
const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

const dir = await mkdtemp(join(tmpdir(), 'atlas-capas-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(ENGINES)('on %s', (engine) => {
  // Each test on a fresh database of the engine, named by ATLAS_DB as the command reads it.
  const db = withFreshAtlasDb(engine, 'each');

  const agregar = (file: string, id: string, tipo: string, ...more: string[]) =>
    atlas(
      'capas',
      'agregar',
      file,
      '--nombre',
      id,
      '--tipo',
      tipo,
      '--productor',
      'Agencia Nacional de Tierras (ANT)',
      '--corte',
      '2023-09-30',
      ...more
    );
  const listar = async () => {
    const r = await atlas('capas', 'listar', '--json');
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as {
      id: string;
      titulo: string;
      tipo: string;
      versiones: Record<string, unknown>[];
    }[];
  };

  describe('atlas capas', () => {
    it(
      'adds the resguardos and the ZRC and lists them with their provenance',
      async () => {
        const a = await agregar(
          RESGUARDOS,
          'resguardos-ant',
          'etnico',
          '--licencia',
          'CC BY 4.0',
          '--json'
        );
        expect(a.code, a.stderr).toBe(0);
        expect(JSON.parse(a.stdout)).toMatchObject({
          version: 1,
          feature_count: await rawCount(RESGUARDOS)
        });
        const b = await agregar(ZRC, 'zrc', 'ordenamiento');
        expect(b.code, b.stderr).toBe(0);
        expect(b.stdout).toMatch(/zrc\s+1\s+ordenamiento\s+NOMBRE_ZONA_RESERVA_CAMPESINA\s+7/);
        const list = await listar();
        expect(list.map((l) => [l.id, l.tipo])).toEqual([
          ['resguardos-ant', 'étnico'],
          ['zrc', 'ordenamiento']
        ]);
        expect(list[0]?.versiones).toEqual([
          {
            version: 1,
            productor: 'Agencia Nacional de Tierras (ANT)',
            corte: '2023-09-30',
            licencia: 'CC BY 4.0',
            archivo: 'resguardos_ant_muestra_narino_cauca_putumayo.geojson',
            sha256: await sha256(RESGUARDOS),
            elementos: 14,
            subida: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
            subida_por: expect.stringMatching(/^cli:.+/),
            retirada: null
          }
        ]);
        expect(list[1]?.versiones[0]?.elementos).toBe(await rawCount(ZRC));
        // Stored in the database ATLAS_DB names, of this engine.
        expect(await db().sql('SELECT count(*) AS n FROM team_layers')).toEqual([{ n: 2 }]);
        const text = await atlas('capas', 'listar');
        expect(text.stdout).toMatch(/resguardos-ant\s+1\s+étnico/);
      },
      CLI_TIMEOUT * 3
    );

    it(
      'gives two uploads of one layer at once versions 1 and 2',
      async () => {
        await atlas('capas', 'listar'); // builds the CLI bundle once, before the race
        const runs = await Promise.all([
          agregar(RESGUARDOS, 'resguardos-ant', 'etnico', '--json'),
          agregar(RESGUARDOS, 'resguardos-ant', 'etnico', '--json')
        ]);
        for (const r of runs) expect(r.code, r.stderr).toBe(0);
        expect(
          runs.map((r) => (JSON.parse(r.stdout) as { version: number }).version).sort()
        ).toEqual([1, 2]);
        const [layer] = await listar();
        expect(layer?.versiones.map((v) => v.version)).toEqual([1, 2]);
      },
      CLI_TIMEOUT * 3
    );

    it(
      'leaves the library unchanged after a corrupt zip or a CSV without DANE codes',
      async () => {
        expect((await agregar(ZRC, 'zrc', 'ordenamiento')).code).toBe(0);
        const before = await listar();
        const zip = join(dir, 'titulos.zip');
        await writeFile(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
        const badZip = await agregar(zip, 'zrc', 'ordenamiento');
        expect(badZip.code).toBe(1);
        expect(badZip.stderr).toMatch(/^atlas: «titulos\.zip».*No se guardó nada\./);
        const csv = join(dir, 'zomac.csv');
        await writeFile(csv, 'municipio,zomac\nSegovia,1\n');
        const badCsv = await agregar(csv, 'zomac', 'tabla');
        expect(badCsv.code).toBe(1);
        expect(badCsv.stderr).toMatch(/no se encontró la columna del código DANE/);
        const other = await agregar(RESGUARDOS, 'zrc', 'etnico');
        expect(other.code).toBe(1);
        expect(other.stderr).toMatch(/es de tipo ordenamiento/);
        expect(await listar()).toEqual(before);
      },
      CLI_TIMEOUT * 4
    );

    it(
      'adds a GeoJSON of points, saying they are not crossed; refuses one without geometries',
      async () => {
        const points = pointsGeojson();
        const file = join(dir, points.name);
        await writeFile(file, points.bytes);
        const r = await agregar(file, 'comunidades', 'etnico', '--clave', 'NOMBRE');
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/comunidades\s+1\s+étnico\s+NOMBRE\s+3/);
        expect(`${r.stdout}${r.stderr}`).toMatch(
          /aviso: 3 de 3 elementos son puntos o líneas .*no se cruzan con los municipios/
        );
        const before = await listar();
        const empty = unusableGeojson();
        const bad = join(dir, empty.name);
        await writeFile(bad, empty.bytes);
        const refused = await agregar(bad, 'comunidades', 'etnico', '--clave', 'ID');
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(
          /^atlas: «sin-geometria\.geojson»: no tiene geometrías utilizables .*no se guardó nada\./
        );
        expect(await listar()).toEqual(before);
      },
      CLI_TIMEOUT * 3
    );

    it(
      'refuses missing or bad options with a usage error (exit 2)',
      async () => {
        const cases: [string[], RegExp][] = [
          [['--nombre', 'x', '--tipo', 'etnico', '--productor', 'ANT'], /--corte falta/],
          [
            ['--nombre', 'x', '--tipo', 'etnico', '--productor', 'ANT', '--corte', '2023-02-30'],
            /no es una fecha/
          ],
          [
            ['--nombre', 'x', '--tipo', 'parque', '--productor', 'ANT', '--corte', '2023-01-01'],
            /--tipo «parque»/
          ],
          [
            [
              '--nombre',
              'Capa ANT',
              '--tipo',
              'etnico',
              '--productor',
              'ANT',
              '--corte',
              '2023-01-01'
            ],
            /--nombre/
          ]
        ];
        for (const [args, message] of cases) {
          const r = await atlas('capas', 'agregar', RESGUARDOS, ...args);
          expect(r.code, args.join(' ')).toBe(2);
          expect(r.stderr).toMatch(message);
        }
        expect((await atlas('capas', 'borrar')).code).toBe(2);
        expect(await listar()).toEqual([]);
      },
      CLI_TIMEOUT * 3
    );
  });
});
