// District rules (issue 5): the constraint matrix, the district-level pre-screen, inclusion
// criteria and their paragraph (memoria justificativa, guide §1.1 item 7: estudios técnicos), the
// code-list parsing and the accent-insensitive search. Hand-made inputs; expected values by hand.
import { describe, expect, it } from 'vitest';
import { parseCodeList, searchMunicipios } from '../src/lib/domain/municipio-search';
import { constraintMatrix } from '../src/lib/domain/constraint-matrix';
import type { ConsultaScreen } from '../src/lib/domain/consulta-previa-screen';
import { districtScreen } from '../src/lib/domain/district-screen';
import {
  evaluateCriterion,
  parseCriteria,
  type MunicipioFacts
} from '../src/lib/domain/inclusion-criteria';
import { inclusionParagraph } from '../src/lib/domain/inclusion-paragraph';
import { districtQuery, readDistrictQuery } from '../src/lib/state/district-url';

const titles = (id: string) => ({ titulos: 'Títulos mineros (ANM)', runap: 'RUNAP' })[id] ?? id;

describe('constraint matrix', () => {
  const municipios = [
    {
      code: '05736',
      name: 'SEGOVIA',
      department: 'ANTIOQUIA',
      pdet: 'Bajo Cauca-Nordeste Antioqueño'
    },
    { code: '05890', name: 'YOLOMBÓ', department: 'ANTIOQUIA', pdet: null }
  ];
  const layers = [
    { id: 'titulos', title: 'Títulos', kind: 'minero' },
    { id: 'departamentos', title: 'Departamentos', kind: 'límites' },
    { id: 'runap', title: 'RUNAP', kind: 'ambiental' }
  ];
  const cuts = new Map([
    [
      'titulos',
      {
        pairs: [
          { municipio: '05736', feature: 'A', overlap_ha: 10, borde: false },
          { municipio: '05736', feature: 'B', overlap_ha: 30, borde: false },
          { municipio: '05890', feature: 'B', overlap_ha: 2, borde: true }
        ],
        municipios: [
          { code: '05736', overlap_ha: 35, pct: 3.5 },
          { code: '05890', overlap_ha: 2, pct: 0.2 }
        ]
      }
    ],
    ['departamentos', { pairs: [], municipios: [] }]
  ]);
  // A municipality list imported as a table (hand-made: not the real ZOMAC list).
  const zomac = { id: 'tabla-1', title: 'ZOMAC (prueba)', codes: new Set(['05890']) };
  const m = constraintMatrix(municipios, layers, cuts, [zomac]);

  it('keeps only constraint kinds with a computed cut, in order', () => {
    expect(m.layers.map((l) => l.id)).toEqual(['titulos']);
  });

  it('flags membership in each imported municipality list', () => {
    expect(m.lists).toEqual([{ id: 'tabla-1', title: 'ZOMAC (prueba)' }]);
    expect(m.rows.map((r) => r.lists['tabla-1'])).toEqual([false, true]);
  });

  it('takes the union area per municipio and lists features largest first, slivers flagged', () => {
    expect(m.rows[0]!.cells.titulos).toEqual({
      ha: 35,
      pct: 3.5,
      features: [
        { feature: 'B', ha: 30, borde: false },
        { feature: 'A', ha: 10, borde: false }
      ]
    });
    expect(m.rows[1]!.cells.titulos!.features).toEqual([{ feature: 'B', ha: 2, borde: true }]);
  });
});

describe('§4 district pre-screen from its municipios', () => {
  const e = (feature: string, overlap: number | null, d: number, borde = false) => ({
    layer: 'r',
    feature,
    overlap_ha: overlap,
    pct_of_area: null,
    borde,
    distance_km: d
  });
  const screens: ConsultaScreen[] = [
    { code: '1', flag: 'proximidad', evidence: [e('X', null, 3)] },
    { code: '2', flag: 'superposicion', evidence: [e('X', 120, 0), e('Y', 4, 0, true)] },
    { code: '3', flag: 'sin_registro', evidence: [] }
  ];

  it('takes the strongest flag and merges a feature seen from several municipios', () => {
    const d = districtScreen('d', screens, 10_000);
    expect(d.flag).toBe('superposicion');
    expect(d.evidence.map((x) => [x.feature, x.overlap_ha, x.distance_km, x.pct_of_area])).toEqual([
      ['X', 120, 0, 1.2],
      ['Y', 4, 0, 0.04]
    ]);
  });

  it('a district whose municipios have no record has none', () => {
    expect(districtScreen('d', [screens[2]!], 100).flag).toBe('sin_registro');
  });
});

describe('§1.1 inclusion criteria and the justification paragraph', () => {
  const facts: MunicipioFacts = {
    code: '05736',
    name: 'SEGOVIA',
    department: 'ANTIOQUIA',
    pdet: 'Bajo Cauca-Nordeste Antioqueño',
    nbi: 30.47,
    contiguous: true,
    cells: {
      titulos: { ha: 4500, pct: 36.2, features: [{ feature: 'HBSL-01', ha: 4500, borde: false }] },
      runap: { ha: 3, pct: 0.02, features: [{ feature: 'Parque', ha: 3, borde: true }] }
    }
  };
  const criteria = parseCriteria([
    { kind: 'layer_presence', layer: 'titulos' },
    { kind: 'layer_share_min', layer: 'titulos', minPct: 40 },
    { kind: 'layer_share_max', layer: 'runap', maxPct: 0 },
    { kind: 'nbi_min', value: 25 },
    { kind: 'pdet' },
    { kind: 'contiguous' },
    { kind: 'layer_presence', layer: 'paramos' },
    { kind: 'nbi_min', value: 'alto' },
    { kind: 'desconocido' }
  ]);
  const results = criteria.map((c) => evaluateCriterion(c, facts, titles));

  it('drops malformed criteria from a saved configuration', () => {
    expect(criteria).toHaveLength(7);
  });

  it('passes, fails or says "no data" per criterion, with the figures', () => {
    expect(results.map((r) => r.pass)).toEqual([true, false, true, true, true, true, null]);
    expect(results[1]!.evidence).toContain('36,2 %');
    // A border sliver of a protected area is not an overlap.
    expect(results[2]!.evidence).toBe('sin superposición con «RUNAP»');
    expect(results[6]!.evidence).toBe('la capa «paramos» no está cargada');
  });

  it('writes the paragraph a lawyer pastes: met, not met, not evaluable', () => {
    const p = inclusionParagraph(facts, results, titles);
    expect(p).toMatch(
      /^El municipio de SEGOVIA \(ANTIOQUIA, código DANE 05736\) cumple 5 de 6 criterios/
    );
    expect(p).toContain('No cumple: al menos 40 % del área en «Títulos mineros (ANM)»');
    expect(p).toContain(
      'No se pudo evaluar, por falta de información cargada: presencia de «paramos»'
    );
  });
});

describe('choosing municipios', () => {
  const all = [
    { code: '05890', name: 'YOLOMBÓ', department: 'ANTIOQUIA' },
    { code: '05885', name: 'YALÍ', department: 'ANTIOQUIA' },
    { code: '88001', name: 'SAN ANDRÉS', department: 'ARCHIPIÉLAGO DE SAN ANDRÉS' }
  ];

  it('finds names without accents or case, and codes by prefix', () => {
    expect(searchMunicipios(all, 'yolombo').map((m) => m.code)).toEqual(['05890']);
    expect(searchMunicipios(all, '0588').map((m) => m.code)).toEqual(['05885']);
    expect(searchMunicipios(all, 'archipielago').map((m) => m.code)).toEqual(['88001']);
  });

  it('reads pasted codes, repairs a lost leading zero, reports the rest', () => {
    const known = new Set(all.map((m) => m.code));
    expect(parseCodeList('5890\n05885; 05885, "88001" 12345 abc', known)).toEqual({
      codes: ['05890', '05885', '88001'],
      unknown: ['12345', 'abc'],
      repaired: [{ raw: '5890', code: '05890' }]
    });
  });

  it('keeps every number-changing setting in the permalink', () => {
    const settings = {
      buffer_km: 7.5,
      sliver_ha: 40,
      sliver_pct: 0.5,
      layers: ['runap'],
      criteria: []
    };
    const q = readDistrictQuery(new URLSearchParams(districtQuery(['05890', '05885'], settings)));
    expect(q).toEqual({
      codes: ['05890', '05885'],
      settings: { buffer_km: 7.5, sliver_ha: 40, sliver_pct: 0.5, layers: ['runap'] }
    });
  });
});
