// `atlas anexo2` (issue 6) run as a user runs it: the Nordeste Antioqueño pre-filled from the
// bundled data, written as XLSX and opened with exceljs; Spanish errors and exit codes.
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GUIDE_ASPECTS } from './fixtures/anexo2-guide';
import { NORDESTE } from './fixtures/districts';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';
import { ENGINES, withFreshAtlasDb } from './store-engines';

const dir = await mkdtemp(join(tmpdir(), 'atlas-anexo2-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(ENGINES)('atlas anexo2 on %s', (engine) => {
  // The library the command reads by default: an empty one of the engine (ATLAS_DB).
  withFreshAtlasDb(engine);
  it(
    'writes the Nordeste Antioqueño anexo 2 as XLSX and prints its rows as JSON',
    async () => {
      const file = join(dir, 'nordeste.xlsx');
      const r = await atlas(
        'anexo2',
        '--municipios',
        NORDESTE.join(','),
        '--nombre',
        'Nordeste Antioqueño',
        '--xlsx',
        file,
        '--json'
      );
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as {
        distrito: string;
        municipios: string[];
        xlsx: string;
        rows: { aspect: string; entity: string; aspecto: string }[];
      };
      expect(out).toMatchObject({
        distrito: 'Nordeste Antioqueño',
        municipios: NORDESTE,
        xlsx: file
      });
      expect(out.rows.map((row) => row.entity)).toEqual(GUIDE_ASPECTS.map((a) => a.entity));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Anexo 2')!;
      expect(ws.rowCount).toBe(8);
      expect(String(ws.getCell(2, 4).value)).toContain('210.077 habitantes');
      expect(String(ws.getCell(2, 4).value)).toBe(out.rows[0]!.aspecto);
      expect(wb.getWorksheet('Distrito')!.getCell(1, 2).value).toBe('Nordeste Antioqueño');
    },
    CLI_TIMEOUT
  );

  it(
    'prints a readable table without --json and refuses codes that are not municipios',
    async () => {
      const ok = await atlas('anexo2', '--municipios', '05736');
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/^Anexo 2 — Distrito sin nombre\n/);
      expect(ok.stdout).toContain('1. Situación socioeconómica de la población — Departamento');
      const unknown = await atlas('anexo2', '--municipios', '05736,99999');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('atlas: --municipios: códigos que no están en el MGN: 99999.\n');
      const missing = await atlas('anexo2');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^atlas: anexo2: falta --municipios\./);
    },
    CLI_TIMEOUT * 2
  );
});
