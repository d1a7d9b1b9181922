// The mesa proposal panel's pure helpers: the planner's input from the district analysis (mining
// titles counted from the constraint matrix), the rows shown and exported, and the range of
// regional mesas offered. Hand-made fixtures (codes a–f and made-up layers).
import { describe, expect, it } from 'vitest';
import { mesaPlanCsv } from '../src/lib/export/mesa-plan-csv';
import type { ConstraintMatrix, MatrixCell } from '../src/lib/domain/constraint-matrix';
import { mesaPlanRows } from '../src/lib/domain/mesa-plan-rows';
import { defaultGroupCount, groupCountRange, planMesas } from '../src/lib/domain/mesa-planner';
import { plannerMunicipios } from '../src/lib/domain/planner-municipios';
import { MAX_MESAS, THEMATIC_MESAS } from '../src/lib/domain/thematic-mesas';

const cell = (features: [string, boolean][]): MatrixCell => ({
  ha: 1,
  pct: 1,
  features: features.map(([feature, borde]) => ({ feature, ha: 1, borde }))
});

const PROFILE = [
  { code: 'a', name: 'Yolombó', nbi: 30, pdetSubregion: null },
  { code: 'b', name: 'Anorí', nbi: 40, pdetSubregion: 'Bajo Cauca y Nordeste Antioqueño' },
  { code: 'c', name: 'Ámsterdam', nbi: null, pdetSubregion: null }
];

/** Two mining layers (a feature id counts once per layer), an environmental one, no row for c. */
const MATRIX: ConstraintMatrix = {
  layers: [
    { id: 'titulos', title: 'Títulos', kind: 'minero' },
    { id: 'solicitudes', title: 'Solicitudes', kind: 'minero' },
    { id: 'runap', title: 'RUNAP', kind: 'ambiental' }
  ],
  lists: [],
  rows: [
    {
      code: 'a',
      name: 'Yolombó',
      department: 'Antioquia',
      pdet: null,
      cells: {
        titulos: cell([
          ['T1', false],
          ['T2', false],
          ['T3', true]
        ]),
        solicitudes: cell([['T1', false]]),
        runap: cell([['P1', false]])
      },
      lists: {}
    },
    {
      code: 'b',
      name: 'Anorí',
      department: 'Antioquia',
      pdet: 'Bajo Cauca y Nordeste Antioqueño',
      cells: { titulos: cell([]), solicitudes: cell([]), runap: cell([]) },
      lists: {}
    }
  ]
};

describe('plannerMunicipios', () => {
  it('reads NBI and PDET from the profile; no mining layer means no titles at all', () => {
    const rows = plannerMunicipios(PROFILE, { ...MATRIX, layers: [MATRIX.layers[2]!] });
    expect(rows.map((r) => [r.code, r.nbi, r.pdet])).toEqual([
      ['a', 30, false],
      ['b', 40, true],
      ['c', null, false]
    ]);
    expect(rows.every((r) => !('titles' in r))).toBe(true);
    expect(plannerMunicipios(PROFILE, null).every((r) => !('titles' in r))).toBe(true);
  });

  it('counts the features of each mining layer beyond border slivers, per layer', () => {
    const titles = plannerMunicipios(PROFILE, MATRIX).map((r) => r.titles);
    // a: T1, T2 in «titulos» (T3 is a border sliver) and T1 in «solicitudes»; c has no matrix row.
    expect(titles).toEqual([3, 0, null]);
  });

  it('makes the planner say it used mining titles', () => {
    const six = ['d', 'e', 'f'].map((code) => ({ code, name: code, nbi: 1, pdetSubregion: null }));
    const municipios = plannerMunicipios([...PROFILE, ...six], MATRIX);
    const path = new Map(
      municipios.map((m, i, all) => [
        m.code,
        [all[i - 1]?.code, all[i + 1]?.code].filter((c): c is string => !!c)
      ])
    );
    const plan = planMesas(municipios, path, 2);
    expect(plan.mode).toBe('regional');
    expect(plan.notes[0]).toContain('títulos mineros');
  });
});

describe('mesaPlanRows', () => {
  const municipios = plannerMunicipios(PROFILE, MATRIX);

  it('labels zonal mesas and keeps one municipio each', () => {
    const rows = mesaPlanRows({ mode: 'zonal', groups: [['a'], ['b']], notes: [] }, municipios);
    expect(rows.map((r) => [r.label, r.members.map((m) => m.name)])).toEqual([
      ['Mesa zonal 1', ['Yolombó']],
      ['Mesa zonal 2', ['Anorí']]
    ]);
  });

  it('orders members by Spanish name and sums what the grouping read', () => {
    const [row] = mesaPlanRows(
      { mode: 'regional', groups: [['a', 'b', 'c']], notes: [] },
      municipios
    );
    expect(row!.label).toBe('Mesa regional 1');
    // «Ámsterdam» sorts with the A's, not after «Yolombó».
    expect(row!.members.map((m) => m.name)).toEqual(['Ámsterdam', 'Anorí', 'Yolombó']);
    expect(row!.nbiMean).toBe(35); // c has no NBI: the mean of 30 and 40
    expect(row!.pdet).toBe(1);
    expect(row!.titles).toBe(3);
  });

  it('keeps an unknown code as its own name, with no indicators', () => {
    const [row] = mesaPlanRows({ mode: 'regional', groups: [['zz']], notes: [] }, municipios);
    expect(row!.members).toEqual([{ code: 'zz', name: 'zz', nbi: null, pdet: false }]);
    expect([row!.nbiMean, row!.titles]).toEqual([null, null]);
  });
});

describe('groupCountRange', () => {
  it('offers 2 to 5 regional mesas, never as many as municipios', () => {
    expect(groupCountRange(6)).toEqual({ min: 2, max: 5 });
    expect(groupCountRange(10)).toEqual({ min: 2, max: 5 });
    expect(groupCountRange(3)).toEqual({ min: 2, max: 2 });
  });

  it('contains the default for every district larger than five', () => {
    for (let n = 6; n <= 40; n++) {
      const { min, max } = groupCountRange(n);
      expect(defaultGroupCount(n)).toBeGreaterThanOrEqual(min);
      expect(defaultGroupCount(n)).toBeLessThanOrEqual(max);
    }
  });
});

describe('§2.3.3 thematic alternatives', () => {
  it("each of the guide's thematic options stays within its maximum of four to five mesas", () => {
    expect(THEMATIC_MESAS.map((o) => o.mesas.length)).toEqual([4, 5]);
    for (const o of THEMATIC_MESAS) expect(o.mesas.length).toBeLessThanOrEqual(MAX_MESAS);
  });
});

describe('mesaPlanCsv', () => {
  it('writes one line per municipio with its mesa, BOM first', () => {
    const rows = mesaPlanRows(
      { mode: 'regional', groups: [['a', 'b'], ['c']], notes: [] },
      plannerMunicipios(PROFILE, MATRIX)
    );
    const lines = mesaPlanCsv(rows).split('\n');
    expect(lines[0]).toBe('\uFEFFMesa,Código DANE,Municipio,NBI (%),PDET,Títulos mineros');
    expect(lines.slice(1, 4)).toEqual([
      'Mesa regional 1,b,Anorí,40,Sí,0',
      'Mesa regional 1,a,Yolombó,30,No,3',
      'Mesa regional 2,c,Ámsterdam,,No,'
    ]);
  });
});
