// The thematic/zonal planner (guide §2.3.3) on the guide's three example districts, with the
// bundled MGN geometry (adjacency computed with GEOS, as the district page does) and the bundled
// NBI and PDET tables. The guide's own groupings are the check: Valle del Cauca's four zonal
// mesas (Dagua, Buenaventura, Cali, Jamundí) and Nordeste's three regional ones (Segovia–Remedios;
// San Roque, Santo Domingo, Cisneros; Amalfi, Anorí, Vegachí, Yalí, Yolombó).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtProfile } from '../src/lib/queries/district-profile';
import type { Db } from '../src/lib/duckdb/db';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { readArrowRows, type Row } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { planMesas, randIndex, type MesaPlan } from '../src/lib/domain/mesa-planner';
import { connectedGroups } from '../src/lib/geo/connected-groups';
import { OverlaySession } from '../src/lib/geo/overlay-session';
import { NORDESTE } from './fixtures/districts';

const VALLE = ['76233', '76109', '76001', '76364'];
const BAJO_CAUCA = ['05120', '05154', '05250', '05495', '05790', '05895'];
const GUIDE_NORDESTE = [
  ['05736', '05604'],
  ['05670', '05690', '05190'],
  ['05031', '05040', '05858', '05885', '05890']
];

let db: Db;
let rows: Row[];
let session: OverlaySession;

beforeAll(async () => {
  [db, rows, session] = await Promise.all([
    openBundledDb('data'),
    readArrowRows('data', 'municipios'),
    OverlaySession.open()
  ]);
}, 60_000);

afterAll(() => db?.close());

async function plan(codes: string[]) {
  session.load({
    layer: 'm',
    features: rowsToWire(
      rows.filter((r) => codes.includes(String(r.code))),
      'code'
    )
  });
  const adjacency = new Map(Object.entries(session.adjacency('m', codes)));
  session.unload('m');
  const profile = await districtProfile(db, codes);
  const municipios = profile.municipios.map((m) => ({
    code: m.code,
    name: m.name,
    nbi: m.nbi,
    pdet: m.pdetSubregion !== null
  }));
  return { result: planMesas(municipios, adjacency), adjacency };
}

/** Every group is one connected piece of the adjacency graph, and the groups cover the district. */
function expectContiguousCover(p: MesaPlan, adjacency: Map<string, string[]>, codes: string[]) {
  expect(p.groups.flat().sort()).toEqual([...codes].sort());
  for (const g of p.groups) {
    const sub = new Map(g.map((c) => [c, (adjacency.get(c) ?? []).filter((n) => g.includes(n))]));
    expect(connectedGroups(sub), g.join(',')).toHaveLength(1);
  }
}

describe('mesa planner (§2.3.3)', () => {
  it('Valle del Cauca (4 municipios): one zonal mesa per municipio, as the guide does', async () => {
    const { result } = await plan(VALLE);
    expect(result.mode).toBe('zonal');
    expect(result.groups.map((g) => g[0]).sort()).toEqual([...VALLE].sort());
  });

  it('Nordeste (10): three contiguous, balanced regional mesas; agreement with the guide reported', async () => {
    const { result, adjacency } = await plan(NORDESTE);
    expect(result.mode).toBe('regional');
    expect(result.groups).toHaveLength(3);
    expectContiguousCover(result, adjacency, NORDESTE);
    for (const g of result.groups) expect(g.length).toBeGreaterThanOrEqual(2);
    const rand = randIndex(result.groups, GUIDE_NORDESTE);
    console.log(
      `Nordeste: grupos ${JSON.stringify(result.groups)}; índice de Rand frente a la guía ${rand.toFixed(3)}`
    );
    // Better than chance: a random 3-way split agrees on about half of the 45 pairs.
    expect(rand).toBeGreaterThan(0.6);
    // The four PDET municipios (Amalfi, Anorí, Remedios, Segovia) share a mesa.
    expect(
      result.groups.some((g) => ['05031', '05040', '05604', '05736'].every((c) => g.includes(c)))
    ).toBe(true);
  });

  it('Bajo Cauca (6): two contiguous regional mesas of three', async () => {
    const { result, adjacency } = await plan(BAJO_CAUCA);
    expect(result.groups.map((g) => g.length)).toEqual([3, 3]);
    expectContiguousCover(result, adjacency, BAJO_CAUCA);
  });

  it('randIndex: 1 for identical partitions, 0 for fully opposite ones', () => {
    expect(randIndex([['a', 'b'], ['c']], [['c'], ['b', 'a']])).toBe(1);
    expect(randIndex([['a', 'b']], [['a'], ['b']])).toBe(0);
  });

  it('a hand-made path a–b–c–d–e–f with NBI 10,11,12 | 50,51,52 splits in the middle (test fixture)', () => {
    const codes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const adjacency = new Map(
      codes.map((c, i) => [c, [codes[i - 1], codes[i + 1]].filter((x): x is string => !!x)])
    );
    const nbi = [10, 11, 12, 50, 51, 52];
    const p = planMesas(
      codes.map((code, i) => ({ code, name: code, nbi: nbi[i]!, pdet: false })),
      adjacency,
      2
    );
    expect(p.groups).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f']
    ]);
  });

  it('groups with no neighbours between them are not merged, and it says so', () => {
    const codes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const adjacency = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['d']],
      ['d', ['c']],
      ['e', ['f']],
      ['f', ['e']]
    ]);
    const p = planMesas(
      codes.map((code) => ({ code, name: code, nbi: 1, pdet: false })),
      adjacency,
      2
    );
    expect(p.groups).toHaveLength(3);
    expect(p.notes.join(' ')).toContain('sin vecinos');
  });
});
