// layerVersionChanges (issue 20, re-screen after a new version): hand-made facts of two municipios
// before and after a version of layer X; every expected change is read off the inputs by hand.
import { describe, expect, it } from 'vitest';
import type { DistrictFacts } from '../src/lib/domain/anexo2-facts';
import type { ConsultaFlag } from '../src/lib/domain/consulta-previa-screen';
import { layerVersionChanges } from '../src/lib/facts/layer-version-changes';

type Cell = Record<string, number>;
function facts(layer: string, cells: Record<string, Cell>, flags: Record<string, ConsultaFlag>) {
  return {
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
            pct: 0,
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
        antes: { ha: 5, elementos: ['C'], consulta: 'superposicion' },
        despues: { ha: 5.5, elementos: ['C', 'D'], consulta: 'superposicion' },
        aparecen: ['D'],
        desaparecen: [],
        cambian: [{ elemento: 'C', antes_ha: 5, despues_ha: 4.5 }],
        consulta_cambia: false
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
});
