// `atlas memoria` (issue 6) run as a user runs it: the Nordeste Antioqueño's memoria justificativa
// written as DOCX from the bundled data and read back unzipped; Spanish errors and exit codes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NORDESTE } from './fixtures/districts';
import { docxParts } from './fixtures/docx-parts';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';
import { ENGINES, withFreshAtlasDb } from './store-engines';

const dir = await mkdtemp(join(tmpdir(), 'atlas-memoria-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(ENGINES)('atlas memoria on %s', (engine) => {
  // The library the command reads by default: an empty one of the engine (ATLAS_DB).
  withFreshAtlasDb(engine);
  it(
    'writes the Nordeste Antioqueño memoria as DOCX and reports it as JSON',
    async () => {
      const file = join(dir, 'nordeste.docx');
      const r = await atlas(
        'memoria',
        '--municipios',
        NORDESTE.join(','),
        '--nombre',
        'Nordeste Antioqueño',
        '--docx',
        file,
        '--json'
      );
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      const bytes = new Uint8Array(await readFile(file));
      expect(out).toEqual({
        distrito: 'Nordeste Antioqueño',
        municipios: NORDESTE,
        docx: file,
        bytes: bytes.length,
        figuras: ['map', 'population', 'constraints'],
        no_contiguos: [],
        layers_checked: expect.any(Array)
      });
      // Every layer the memoria cites, bundled ones by their catalog id and version.
      const checked = out.layers_checked as { id: string; version: string }[];
      expect(checked).toContainEqual(
        expect.objectContaining({ id: 'municipios', version: 'MGN 2018' })
      );
      expect(checked.map((l) => l.id)).toContain('resguardos_ant_registro');
      const doc = docxParts(bytes);
      const headings = doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
      expect(headings).toHaveLength(8);
      expect(headings[0]).toMatch(/^1\. Antecedentes/);
      expect(doc.tables[0]!.slice(1, -1).map((row) => row[2])).toEqual(NORDESTE);
      expect(doc.images.filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(3);
      // contiguity computed with GEOS: every municipio meets the contiguity criterion
      const s7 = doc.paragraphs.map((p) => p.text).join('\n');
      expect(s7.match(/Cumple: contigüidad con el resto del distrito/g)).toHaveLength(10);
    },
    CLI_TIMEOUT
  );

  it(
    'prints a readable summary and refuses missing options and codes that are not municipios',
    async () => {
      const ok = await atlas('memoria', '--municipios', '05736', '--docx', join(dir, 'uno.docx'));
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/^Memoria justificativa — Distrito sin nombre \(1 municipio\)\n/);
      const noDocx = await atlas('memoria', '--municipios', '05736');
      expect(noDocx.code).toBe(2);
      expect(noDocx.stderr).toMatch(/^atlas: memoria: falta --docx\./);
      const unknown = await atlas('memoria', '--municipios', '05736,99999', '--docx', 'x.docx');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('atlas: --municipios: códigos que no están en el MGN: 99999.\n');
    },
    CLI_TIMEOUT * 2
  );
});
