// One computation of a district's facts (lib/facts/district-facts.ts) through both of its callers:
// the district page's state (DistrictWorkspace + DistrictAnexo2, with an overlay client backed by an
// in-process OverlaySession and DuckDB Node as the tables) and the command line (cliDistrictFacts
// with --capa/--tipo/--clave and --lista files). Nordeste Antioqueño with an imported municipio list
// and an imported ethnic layer (test fixtures) must give identical facts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDistrictFacts } from '../src/cli/cli-district-facts';
import { attributePairs } from '../src/lib/queries/attribute-pairs';
import { OVERLAY_LAYERS, layerById } from '../src/lib/catalog/catalog';
import { districtIndicators } from '../src/lib/queries/district-indicators';
import { districtProfile } from '../src/lib/queries/district-profile';
import type { Db } from '../src/lib/duckdb/db';
import { featurePeople } from '../src/lib/import/feature-people';
import { importLayer } from '../src/lib/import/import-layer';
import { keyedFeatures } from '../src/lib/import/keyed-features';
import { readTable } from '../src/lib/import/read-table';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { wireFeatures } from '../src/lib/queries/wire-features';
import type { DistrictFacts } from '../src/lib/domain/anexo2-facts';
import { sessionOverlayPort } from '../src/lib/facts/session-overlay-port';
import { OverlaySession } from '../src/lib/geo/overlay-session';
import { DEFAULT_SLIVER_THRESHOLD } from '../src/lib/geo/sliver-threshold';
import { municipioDirectory } from '../src/lib/server/municipio-directory';
import type { Analysis, OverlayLayerInfo } from '../src/lib/state/analysis.svelte';
import { DistrictAnexo2 } from '../src/lib/state/district-anexo2.svelte';
import { DistrictWorkspace } from '../src/lib/state/district.svelte';
import { tableLists } from '../src/lib/state/table-lists';
import type { UserTable } from '../src/lib/state/tables.svelte';
import { CLI_PROVENANCE } from '../src/cli/cli-imports';
import {
  TEST_FEATURE,
  TEST_LAYER_GEOJSON,
  TEST_LAYER_NAME,
  TEST_LIST_CODES,
  TEST_LIST_CSV,
  TEST_LIST_NAME,
  TEST_PEOPLE
} from './fixtures/district-imports';
import { NORDESTE } from './fixtures/districts';
import { ethnicRecords } from '../src/lib/queries/ethnic-records';
import { landCoverChange } from '../src/lib/queries/land-cover-change';
import { protectedAreaReport } from '../src/lib/queries/protected-area-report';

const bytes = (text: string) => new TextEncoder().encode(text);
const dir = await mkdtemp(join(tmpdir(), 'atlas-facts-'));
let db: Db;
let session: OverlaySession;

beforeAll(async () => {
  db = await openBundledDb();
  session = await OverlaySession.open();
});
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

/** What the anexo 2 and the memoria read: the facts and the contiguity groups. */
interface Paths {
  facts: DistrictFacts;
  groups: string[][];
}

/** The district page's path: the workspace and the anexo over browser-like ports. */
async function browserFacts(): Promise<Paths> {
  session.load({ layer: 'municipios', features: await wireFeatures(db, 'municipios', 'code') });
  for (const l of OVERLAY_LAYERS)
    session.load({ layer: l.id, features: await wireFeatures(db, l.table, l.keyField) });
  // The layer as MapLayers adds an import (keyed features → overlay engine layer).
  const imported = await importLayer([{ name: TEST_LAYER_NAME, bytes: bytes(TEST_LAYER_GEOJSON) }]);
  session.load({
    layer: 'importada-1',
    features: keyedFeatures(imported.features, 'NOMBRE').features
  });
  const info: OverlayLayerInfo = {
    id: 'importada-1',
    title: 'resguardo-de-prueba',
    kind: 'étnico',
    provenance: {
      title: 'resguardo-de-prueba',
      ...CLI_PROVENANCE,
      license: '',
      source: TEST_LAYER_NAME
    }
  };
  const analysis = {
    overlayLayers: [...OVERLAY_LAYERS.map(({ id, title, kind }) => ({ id, title, kind })), info],
    overlayClient: async () => sessionOverlayPort(session),
    overlayWithAllLayers: async () => sessionOverlayPort(session),
    districtProfile: (c: string[]) => districtProfile(db, c),
    districtIndicators: (c: string[]) => districtIndicators(db, c),
    ethnicRecords: (c: string[]) => ethnicRecords(db, c),
    protectedAreas: (c: string[]) => protectedAreaReport(db, c),
    landCoverChange: (c: string[]) => landCoverChange(db, c)
  } as unknown as Analysis;
  // The table as Tables reads it (read-table), with the title the page proposes (file name).
  const codes = new Set(municipioDirectory().map((d) => d.code));
  const t = readTable({ name: TEST_LIST_NAME, bytes: bytes(TEST_LIST_CSV) }, codes);
  const table: UserTable = {
    id: 'tabla-1',
    title: 'lista-de-prueba',
    keyColumn: t.keyColumn,
    columns: t.columns,
    rows: t.rows,
    warnings: t.warnings,
    provenance: { ...CLI_PROVENANCE, license: '' },
    fileName: TEST_LIST_NAME
  };
  const peopleOf = async (id: string) => {
    const b = layerById(id);
    if (b) return attributePairs(db, b.table, b.keyField, 'people');
    return featurePeople(imported.features, 'NOMBRE');
  };
  const ws = new DistrictWorkspace(analysis, municipioDirectory(), null, peopleOf, () =>
    tableLists([table])
  );
  ws.codes = [...NORDESTE];
  ws.name = 'Nordeste Antioqueño';
  await ws.compute();
  expect(ws.error).toBeNull();
  const facts = await new DistrictAnexo2(ws, analysis, () => [table]).facts();
  expect(facts).not.toBeNull();
  return { facts: facts!, groups: ws.groups };
}

async function commandLineFacts(): Promise<Paths> {
  const [layer, list] = [join(dir, TEST_LAYER_NAME), join(dir, TEST_LIST_NAME)];
  await writeFile(layer, TEST_LAYER_GEOJSON);
  await writeFile(list, TEST_LIST_CSV);
  const { facts, groups } = await cliDistrictFacts(
    {
      municipios: [...NORDESTE],
      name: 'Nordeste Antioqueño',
      bufferKm: 5,
      sliver: DEFAULT_SLIVER_THRESHOLD,
      capas: [layer],
      tipos: ['étnico'],
      claves: ['NOMBRE'],
      listas: [list]
    },
    'data'
  );
  return { facts, groups };
}

describe('district facts: one computation through the page state and the command line', () => {
  it('gives identical facts for Nordeste Antioqueño with an imported list and ethnic layer', async () => {
    const [page, { facts: cli, groups }] = [await browserFacts(), await commandLineFacts()];
    expect(page.facts).toEqual(cli);
    expect(page.groups).toEqual(groups);
    expect(groups).toHaveLength(1); // the Nordeste is contiguous
    // Independent facts, so the comparison is not of two empty results.
    expect(cli.matrix.rows.map((r) => r.code)).toEqual(NORDESTE);
    expect(cli.matrix.lists).toEqual([{ id: 'tabla-1', title: 'lista-de-prueba' }]);
    const listed = cli.matrix.rows.filter((r) => r.lists['tabla-1']).map((r) => r.code);
    expect(listed.sort()).toEqual([...TEST_LIST_CODES].sort());
    const segovia = cli.screens.find((s) => s.code === '05736')!;
    expect(segovia.flag).toBe('superposicion');
    expect(
      segovia.evidence.some((e) => e.layer === 'importada-1' && e.feature === TEST_FEATURE)
    ).toBe(true);
    expect(
      cli.matrix.rows.find((r) => r.code === '05736')!.cells['importada-1']!.ha
    ).toBeGreaterThan(0);
    expect(cli.matrix.rows.find((r) => r.code === '05858')!.cells['importada-1']!.ha).toBe(0);
    expect(cli.people?.get('importada-1')?.get(TEST_FEATURE)).toBe(TEST_PEOPLE);
    expect(cli.layers.map((l) => l.id)).toEqual(expect.arrayContaining(['importada-1', 'tabla-1']));
    expect(cli.district.flag).toBe('superposicion');
    // Issue 19: the ANT's national record files two resguardos under Segovia and one under
    // Remedios (hand check of the official table), with the overlap unknown, on both paths.
    const recorded = (code: string) =>
      cli.screens
        .find((s) => s.code === code)!
        .evidence.filter((e) => e.record && e.overlap_ha === null)
        .map((e) => e.feature)
        .sort();
    expect(recorded('05736')).toEqual([
      'Resguardo Indígena Embera - Katio deTagual  - La Po',
      'Resguardo Indígena La Chinita'
    ]);
    expect(recorded('05604')).toEqual(['Resguardo Indígena Korodo-Ite']);
    expect(cli.screens.find((s) => s.code === '05604')!.flag).toBe('superposicion');
  });
});
