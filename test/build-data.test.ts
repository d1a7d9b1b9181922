// The data build reproduces the committed data/ byte for byte, and refuses inputs that break its counts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { SOURCES } from './fixtures/sources';
const tsx = join('node_modules', '.bin', 'tsx');
const build = (...args: string[]) =>
  spawnSync(tsx, ['scripts/build-data.ts', '--sources', SOURCES, ...args], { encoding: 'utf8' });

describe('scripts/build-data.ts', () => {
  it('rebuilds data/ with identical bytes (deterministic, committed output is current)', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    const r = build('--out', out);
    expect(r.status, r.stderr).toBe(0);
    const committed = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(
      readFileSync('data/manifest.json', 'utf8')
    );
    for (const { file } of Object.values<{ file: string }>(committed.layers)) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join('data', file))), file).toBe(
        true
      );
    }
    expect(
      readFileSync(join(out, 'limites.topojson')).equals(readFileSync('data/limites.topojson'))
    ).toBe(true);
  });

  it('fails loudly, in Spanish, when the PDET list loses a municipio', () => {
    const copy = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
    cpSync(SOURCES, copy, { recursive: true });
    const pdet = join(copy, 'pdet_zomac/pdet_municipios_irv2022.csv');
    const lines = readFileSync(pdet, 'utf8').trimEnd().split('\n');
    writeFileSync(pdet, lines.slice(0, -1).join('\n') + '\n');
    const r = spawnSync(
      tsx,
      ['scripts/build-data.ts', '--sources', copy, '--out', join(copy, 'out')],
      {
        encoding: 'utf8'
      }
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/filas de pdet: se esperaba 170, se obtuvo 169/);
  });

  it('writes the display topology with 1,122 municipios carrying code, name and PDET subregion', () => {
    const topo = JSON.parse(readFileSync('data/limites.topojson', 'utf8'));
    const mpios = topo.objects.municipios.geometries as { properties: Record<string, unknown> }[];
    expect(mpios).toHaveLength(1122);
    expect(mpios.filter((g) => g.properties.pdet !== null)).toHaveLength(170);
    const segovia = mpios.find((g) => g.properties.code === '05736');
    expect(segovia?.properties).toEqual({
      code: '05736',
      name: 'SEGOVIA',
      department: 'ANTIOQUIA',
      pdet: 'Bajo Cauca-Nordeste Antioqueño'
    });
    expect(topo.objects.departamentos.geometries).toHaveLength(33);
  });
});
