// Team layers in the district commands (issue 20, command line): `--layer equipo:<id>[@<n>]` in
// overlay, screen, anexo2; the current version used by default and named in layers_checked; a
// second version without a feature drops its evidence while @1 still reproduces it. The layer is
// the real ANT sample (sources/etnicos); version 2 is that file less Rumiyaco, written at run time
// as a test fixture. Expected hectares come from the bundled layer built from the same file.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStores } from '../src/lib/server/store/open-store';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';
import { TEST_LIST_CODES, TEST_LIST_CSV } from './fixtures/district-imports';
import { NORDESTE } from './fixtures/districts';
import { SOURCES } from './fixtures/sources';
import { ENGINES, withFreshAtlasDb } from './store-engines';

const RESGUARDOS = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;
const IPIALES = '52356';
const dir = await mkdtemp(join(tmpdir(), 'atlas-equipo-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const agregar = (file: string, corte: string) =>
  atlas(
    'capas',
    'agregar',
    file,
    '--nombre',
    'resguardos-ant',
    '--tipo',
    'etnico',
    '--productor',
    'Agencia Nacional de Tierras (ANT)',
    '--corte',
    corte,
    '--clave',
    'NOMBRE',
    '--json'
  );
const json = async (...args: string[]) => {
  const r = await atlas(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};
type Screen = {
  municipios: {
    code: string;
    evidence: { layer: string; feature: string; overlap_ha?: number }[];
  }[];
  layers_checked: { id: string; version: string; producer: string }[];
};
const teamEvidence = (s: Screen, ref: string) =>
  s.municipios[0]!.evidence.filter((e) => e.layer === ref).map((e) => e.feature);

describe.each(ENGINES)('team layers in the district commands on %s', (engine) => {
  // One fresh database of the engine for the file's tests, named by ATLAS_DB as the CLI reads it.
  const db = withFreshAtlasDb(engine);
  // A command that only looks stores nothing: no SQLite file is created; a PostgreSQL database
  // (given by the operator) gets the schema but no team layer.
  const nothingStored = async () => {
    if (engine === 'sqlite') expect(existsSync(db().location)).toBe(false);
    else expect(await db().sql('SELECT count(*) AS n FROM team_layers')).toEqual([{ n: 0 }]);
  };
  it(
    'refuses a --layer that is no team layer, and an unknown one, without creating a database',
    async () => {
      const bundled = await atlas(
        'screen',
        '--municipios',
        IPIALES,
        '--layer',
        'resguardos_muestra'
      );
      expect(bundled.code).toBe(1);
      expect(bundled.stderr).toContain('solo se nombran capas del equipo');
      const unknown = await atlas('overlay', '--layer', 'equipo:nada', '--json');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('No existe la capa del equipo «nada»');
      const cambios = await atlas('capas', 'cambios', '--capa', 'nada');
      expect(cambios.code).toBe(1);
      await nothingStored();
    },
    CLI_TIMEOUT
  );

  it(
    'uses the current version by default, pins one with @n, and names it in layers_checked',
    async () => {
      // Before any upload: no team layer, and no database created just to look.
      const before = (await json('screen', '--municipios', IPIALES)) as unknown as Screen;
      expect(before.layers_checked.some((l) => l.id.startsWith('equipo:'))).toBe(false);
      await nothingStored();

      expect((await agregar(RESGUARDOS, '2023-09-30')).code).toBe(0);
      const bundled = (await json(
        'overlay',
        '--layer',
        'resguardos_muestra',
        '--municipios',
        IPIALES
      )) as {
        pairs: { feature: string; overlap_ha: number }[];
      };
      const expected = bundled.pairs.find((p) => p.feature === 'Rumiyaco')!.overlap_ha;
      const team = (await json(
        'overlay',
        '--layer',
        'equipo:resguardos-ant',
        '--municipios',
        IPIALES
      )) as {
        layer: string;
        pairs: { feature: string; overlap_ha: number }[];
      };
      expect(team.layer).toBe('equipo:resguardos-ant@1');
      expect(team.pairs.find((p) => p.feature === 'Rumiyaco')!.overlap_ha).toBeCloseTo(expected, 2);

      const v1 = (await json('screen', '--municipios', IPIALES)) as unknown as Screen;
      expect(v1.layers_checked).toContainEqual(
        expect.objectContaining({
          id: 'equipo:resguardos-ant@1',
          producer: 'Agencia Nacional de Tierras (ANT)',
          version: 'capa del equipo, versión 1 (corte 2023-09-30)'
        })
      );
      expect(teamEvidence(v1, 'equipo:resguardos-ant@1')).toContain('Rumiyaco');

      // Version 2 drops Rumiyaco: the default follows it, @1 still reproduces the first screen.
      const raw = JSON.parse(await readFile(RESGUARDOS, 'utf8')) as {
        features: { properties: { NOMBRE: string } }[];
      };
      raw.features = raw.features.filter((f) => f.properties.NOMBRE !== 'Rumiyaco');
      const v2file = join(dir, 'resguardos-sin-rumiyaco.geojson');
      await writeFile(v2file, JSON.stringify(raw));
      expect(JSON.parse((await agregar(v2file, '2024-01-31')).stdout)).toMatchObject({
        version: 2
      });
      const v2 = (await json('screen', '--municipios', IPIALES)) as unknown as Screen;
      expect(v2.layers_checked.map((l) => l.id)).toContain('equipo:resguardos-ant@2');
      expect(teamEvidence(v2, 'equipo:resguardos-ant@2')).not.toContain('Rumiyaco');
      const pinned = (await json(
        'screen',
        '--municipios',
        IPIALES,
        '--layer',
        'equipo:resguardos-ant@1'
      )) as unknown as Screen;
      expect(teamEvidence(pinned, 'equipo:resguardos-ant@1')).toContain('Rumiyaco');
      expect(pinned.layers_checked.map((l) => l.id)).not.toContain('equipo:resguardos-ant@2');

      // atlas capas cambios: a saved district holding Ipiales loses Rumiyaco's overlap; the
      // bundled sample still holds it, so the flag stays (the examples do not touch the layer).
      const stores = await openStores(db().location);
      await stores.districts.create(
        { name: 'Ipiales y Cumbal', municipios: [IPIALES, '52227'] },
        'test'
      );
      await stores.close();
      const cambios = (await json('capas', 'cambios', '--capa', 'resguardos-ant')) as {
        capa: string;
        version: number;
        anterior: number;
        recalculados: number;
        distritos: { id: string; cambios: Record<string, unknown>[] }[];
      };
      // Only the district near the layer is recomputed; the three Andean examples are not.
      expect(cambios).toMatchObject({
        capa: 'resguardos-ant',
        version: 2,
        anterior: 1,
        recalculados: 1
      });
      expect(cambios.distritos.map((d) => d.id)).toContain('ipiales-y-cumbal');
      const ipiales = cambios.distritos
        .find((d) => d.id === 'ipiales-y-cumbal')!
        .cambios.find((c) => c.municipio === IPIALES) as {
        antes: { ha: number; consulta: string };
        despues: { ha: number; consulta: string };
        desaparecen: string[];
        consulta_cambia: boolean;
      };
      expect(ipiales.desaparecen).toEqual(['Rumiyaco']);
      expect(ipiales.antes.ha).toBeCloseTo(expected, 2);
      expect(ipiales.despues.ha).toBe(0);
      expect(ipiales.consulta_cambia).toBe(false);
      for (const d of cambios.distritos.filter((x) => x.id !== 'ipiales-y-cumbal'))
        expect(d.cambios, d.id).toEqual([]);

      const anexo = (await json('anexo2', '--municipios', IPIALES)) as {
        layers_checked: { id: string; version: string }[];
      };
      expect(anexo.layers_checked).toContainEqual(
        expect.objectContaining({ id: 'equipo:resguardos-ant@2', version: '2024-01-31' })
      );
    },
    CLI_TIMEOUT * 4
  );

  it(
    'refuses an unknown layer, a missing version and a malformed reference in Spanish',
    async () => {
      const unknown = await atlas('overlay', '--layer', 'equipo:titulos-anm', '--json');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('No existe la capa del equipo «titulos-anm»');
      const missing = await atlas(
        'screen',
        '--municipios',
        IPIALES,
        '--layer',
        'equipo:resguardos-ant@9'
      );
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('no tiene versión 9');
      const bad = await atlas(
        'screen',
        '--municipios',
        IPIALES,
        '--layer',
        'equipo:Resguardos ANT'
      );
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('no nombra una capa del equipo');
    },
    CLI_TIMEOUT
  );

  it(
    'a team table by DANE code is a municipio list of anexo2, named with its version (§ anexo 2)',
    async () => {
      const csv = join(dir, 'lista-equipo.csv');
      await writeFile(csv, TEST_LIST_CSV);
      const added = await atlas(
        'capas',
        'agregar',
        csv,
        '--nombre',
        'lista-prueba',
        '--tipo',
        'tabla',
        '--productor',
        'Fixture de prueba',
        '--corte',
        '2026-11-01',
        '--json'
      );
      expect(added.code, added.stderr).toBe(0);
      const r = await json('anexo2', '--municipios', NORDESTE.join(','));
      const text = (r.rows as { aspecto: string }[]).map((row) => row.aspecto).join('\n');
      // Segovia and Remedios, the fixture's two codes, are the members among the ten.
      expect(TEST_LIST_CODES).toHaveLength(2);
      expect(text).toMatch(/lista-equipo \(capa del equipo, v1\)[^\n]*2 de 10 municipios/);
    },
    CLI_TIMEOUT * 2
  );
});
