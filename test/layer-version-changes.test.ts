// layerVersionChanges (issue 20, re-screen after a new version): hand-made facts of two municipios
// before and after a version of layer X; every expected change is read off the inputs by hand.
// Inclusion criteria are those of the memoria justificativa's «estudios técnicos» (guide §1.1
// item 7, domain/inclusion-criteria.ts); each municipio here measures 100 ha, so ha = %.
import { describe, expect, it } from 'vitest';
import type { DistrictFacts } from '../src/lib/domain/anexo2-facts';
import type { ConsultaFlag } from '../src/lib/domain/consulta-previa-screen';
import type { InclusionCriterion } from '../src/lib/domain/inclusion-criteria';
import { layerVersionChanges } from '../src/lib/facts/layer-version-changes';

type Cell = Record<string, number>;
function facts(layer: string, cells: Record<string, Cell>, flags: Record<string, ConsultaFlag>) {
  return {
    layers: [{ id: layer, title: `Capa ${layer}` }],
    profile: {
      municipios: Object.keys(cells).map((code) => ({ code, name: `M${code}`, nbi: null }))
    },
    matrix: {
      layers: [],
      lists: [],
      rows: Object.entries(cells).map(([code, features]) => ({
        code,
        name: `M${code}`,
        department: 'D',
        pdet: null,
        lists: {},
        cells: {
          [layer]: {
            ha: Object.values(features).reduce((a, b) => a + b, 0),
            pct: Object.values(features).reduce((a, b) => a + b, 0),
            features: Object.entries(features).map(([feature, ha]) => ({
              feature,
              ha,
              borde: false
            }))
          }
        }
      }))
    },
    screens: Object.entries(flags).map(([code, flag]) => ({ code, flag, evidence: [] }))
  } as unknown as DistrictFacts;
}

describe('layer version changes', () => {
  it('lists the overlap that disappears, the one that shrinks, and the flag that flips', () => {
    const before = facts(
      'equipo:x@1',
      { '00001': { A: 100, B: 20 }, '00002': { C: 5 } },
      { '00001': 'superposicion', '00002': 'superposicion' }
    );
    const after = facts(
      'equipo:x@2',
      { '00001': { A: 100, B: 20 }, '00002': { C: 4.5, D: 1 } },
      { '00001': 'superposicion', '00002': 'superposicion' }
    );
    // 00001 does not change; 00002: C shrinks by 0.5 ha, D appears.
    expect(layerVersionChanges(before, 'equipo:x@1', after, 'equipo:x@2')).toEqual([
      {
        municipio: '00002',
        nombre: 'M00002',
        antes: { ha: 5, elementos: ['C'], ha_elementos: { C: 5 }, consulta: 'superposicion' },
        despues: {
          ha: 5.5,
          elementos: ['C', 'D'],
          ha_elementos: { C: 4.5, D: 1 },
          consulta: 'superposicion'
        },
        aparecen: ['D'],
        desaparecen: [],
        cambian: [{ elemento: 'C', antes_ha: 5, despues_ha: 4.5 }],
        consulta_cambia: false,
        criterios: []
      }
    ]);
    // Version 3 removes A, the only evidence in 00001: superposición → sin registro.
    const third = facts(
      'equipo:x@3',
      { '00001': { B: 20.005 }, '00002': { C: 4.5, D: 1 } },
      { '00001': 'sin_registro', '00002': 'superposicion' }
    );
    const [flip] = layerVersionChanges(after, 'equipo:x@2', third, 'equipo:x@3');
    expect(flip).toMatchObject({
      municipio: '00001',
      desaparecen: ['A'],
      cambian: [], // 0.005 ha is below the tolerance
      consulta_cambia: true,
      antes: { consulta: 'superposicion' },
      despues: { consulta: 'sin_registro' }
    });
  });

  it('reports every overlap as new when the layer had no earlier version', () => {
    const none = facts('otra', { '00001': {} }, { '00001': 'sin_registro' });
    const first = facts('equipo:x@1', { '00001': { A: 3 } }, { '00001': 'superposicion' });
    const [c] = layerVersionChanges(none, null, first, 'equipo:x@1');
    expect(c).toMatchObject({ aparecen: ['A'], antes: { ha: 0 }, despues: { ha: 3 } });
  });

  it('lists the inclusion criteria on the layer whose verdict changes (guide §1.1 item 7)', () => {
    const criteria: InclusionCriterion[] = [
      { kind: 'layer_presence', layer: 'equipo:x' }, // follows the version
      { kind: 'layer_share_min', layer: 'equipo:x', minPct: 10 },
      { kind: 'layer_share_max', layer: 'equipo:x', maxPct: 50 },
      { kind: 'layer_presence', layer: 'equipo:x@1' }, // pinned: keeps version 1, left out
      { kind: 'pdet' } // no PDET on either side: never a change
    ];
    const groups = [['00001', '00002']];
    const before = facts(
      'equipo:x@1',
      { '00001': { A: 20 }, '00002': { C: 5 } },
      { '00001': 'superposicion', '00002': 'superposicion' }
    );
    // Version 2 removes A (00001: 20 ha → 0) and grows C (00002: 5 → 12 ha).
    const after = facts(
      'equipo:x@2',
      { '00001': {}, '00002': { C: 12 } },
      { '00001': 'superposicion', '00002': 'superposicion' }
    );
    const changes = layerVersionChanges(before, 'equipo:x@1', after, 'equipo:x@2', {
      criteria,
      groups
    });
    const title = '«Capa equipo:x@2»';
    expect(changes.map((c) => [c.municipio, c.criterios])).toEqual([
      [
        '00001',
        [
          { criterio: `presencia de ${title}`, antes: true, despues: false },
          { criterio: `al menos 10 % del área en ${title}`, antes: true, despues: false }
        ]
      ],
      [
        '00002',
        [
          // 5 % → 12 %: the minimum of 10 % is now met; the maximum of 50 % still is.
          { criterio: `al menos 10 % del área en ${title}`, antes: false, despues: true }
        ]
      ]
    ]);
    // A verdict that flips on its own is a change: C shrinks by 0.005 ha (below the area
    // tolerance, so no `cambian`) and 00002 falls under the 10 % minimum.
    const edge = (layer: string, ha: number) =>
      facts(layer, { '00002': { C: ha } }, { '00002': 'superposicion' });
    const [alone, ...rest] = layerVersionChanges(
      edge('equipo:x@1', 10),
      'equipo:x@1',
      edge('equipo:x@2', 9.995),
      'equipo:x@2',
      { criteria, groups: [['00002']] }
    );
    expect(rest).toEqual([]);
    expect(alone).toMatchObject({
      municipio: '00002',
      cambian: [],
      consulta_cambia: false,
      criterios: [{ criterio: `al menos 10 % del área en ${title}`, antes: true, despues: false }]
    });
  });
});
