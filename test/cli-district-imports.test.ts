// `atlas anexo2 --capa … --lista …` run as a user runs it: the imported municipio list and ethnic
// layer (test fixtures) reach the anexo 2 rows, and a bad --tipo is refused in Spanish.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  TEST_LAYER_GEOJSON,
  TEST_LAYER_NAME,
  TEST_LIST_CSV,
  TEST_LIST_NAME
} from './fixtures/district-imports';
import { NORDESTE } from './fixtures/districts';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';
import { ENGINES, withFreshAtlasDb } from './store-engines';

const dir = await mkdtemp(join(tmpdir(), 'atlas-imports-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const [layer, list] = [join(dir, TEST_LAYER_NAME), join(dir, TEST_LIST_NAME)];
await writeFile(layer, TEST_LAYER_GEOJSON);
await writeFile(list, TEST_LIST_CSV);

describe.each(ENGINES)('atlas anexo2 with imported files on %s', (engine) => {
  // The library the command reads by default: an empty one of the engine (ATLAS_DB).
  withFreshAtlasDb(engine);
  it(
    'cites the imported list with its members and the imported ethnic layer',
    async () => {
      const r = await atlas(
        'anexo2',
        '--municipios',
        NORDESTE.join(','),
        '--capa',
        layer,
        '--tipo',
        'étnico',
        '--clave',
        'NOMBRE',
        '--lista',
        list,
        '--json'
      );
      expect(r.code, r.stderr).toBe(0);
      const text = (JSON.parse(r.stdout) as { rows: { aspecto: string }[] }).rows
        .map((row) => row.aspecto)
        .join('\n');
      expect(text).toContain(
        '«lista-de-prueba» (archivo importado, según el archivo): 2 de 10 municipios'
      );
      expect(text).toMatch(
        /lista-de-prueba[^\n]*Remedios[^\n]*Segovia|lista-de-prueba[^\n]*Segovia[^\n]*Remedios/
      );
      expect(text).toContain('resguardo-de-prueba');
    },
    CLI_TIMEOUT
  );

  it(
    'refuses an unknown --tipo in Spanish',
    async () => {
      const r = await atlas('anexo2', '--municipios', '05736', '--capa', layer, '--tipo', 'otro');
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(
        'indique --tipo con uno de: ambiental, étnico, minero, ordenamiento (no «otro»)'
      );
    },
    CLI_TIMEOUT
  );
});
