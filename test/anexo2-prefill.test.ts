// prefillAnexo2 on hand-made facts (not real data): every figure written comes from the facts,
// with its source, in es-CO; what the facts do not hold is listed as información faltante.
import { describe, expect, it } from 'vitest';
import { PEG_COMPONENTS } from '../src/lib/domain/anexo2-aspects';
import type { DistrictFacts, FactLayer } from '../src/lib/domain/anexo2-facts';
import { prefillAnexo2 } from '../src/lib/domain/anexo2-prefill';
import type { MatrixCell } from '../src/lib/domain/constraint-matrix';
import { GUIDE_ASPECTS } from './fixtures/anexo2-guide';

const RESGUARDOS: FactLayer = {
  id: 'resguardos',
  title: 'Resguardos de prueba',
  kind: 'étnico',
  producer: 'Productor étnico',
  cutoff: '2023-09',
  caveat: 'Cubre solo dos departamentos.'
};
const TITULOS: FactLayer = {
  id: 'titulos',
  title: 'Títulos de prueba',
  kind: 'minero',
  producer: 'Productor minero',
  cutoff: '2025-01-31'
};
const cell = (ha: number, pct: number, feature?: string): MatrixCell => ({
  ha,
  pct,
  features: feature ? [{ feature, ha, borde: false }] : []
});

/** Two municipios, A (PDET) and B; a resguardo over A and near B; titles over B. */
function facts(over: Partial<DistrictFacts> = {}): DistrictFacts {
  return {
    name: 'Distrito de prueba',
    profile: {
      municipios: [
        { code: '00001', name: 'ALFA', population: 1_000_000, nbi: 40.125, pdetSubregion: 'Sur' },
        {
          code: '00002',
          name: 'BETA DE LA SIERRA',
          population: 234_567,
          nbi: 10,
          pdetSubregion: null
        }
      ],
      areaKm2: 1000,
      population: { latestYear: 2024, latest: 1_234_567, changePct: -2.5, changeFrom: 2018 },
      nbi: { weightedPct: 33.333, year: 2018, missing: [] },
      pdet: {
        municipios: 1,
        areaShare: 0.25,
        subregions: [{ name: 'Sur', municipios: ['00001'] }]
      },
      idf: { categories: [{ category: '6', count: 2 }], missing: [] },
      unknown: []
    },
    indicators: {
      nbiComponents: [{ label: 'miseria', weightedPct: 12.5 }],
      idf: [
        { code: '00001', score: 50, range: 'Riesgo' },
        { code: '00002', score: 70.5, range: 'Solvente' }
      ]
    },
    matrix: {
      layers: [RESGUARDOS, TITULOS],
      lists: [{ id: 'zomac', title: 'Municipios ZOMAC' }],
      rows: [
        {
          code: '00001',
          name: 'ALFA',
          department: 'D',
          pdet: 'Sur',
          cells: { resguardos: cell(1234.5, 12.345, 'R1'), titulos: cell(0, 0) },
          lists: { zomac: true }
        },
        {
          code: '00002',
          name: 'BETA DE LA SIERRA',
          department: 'D',
          pdet: null,
          cells: { resguardos: cell(0, 0), titulos: cell(500, 5, 'T-1') },
          lists: { zomac: false }
        }
      ]
    },
    screens: [
      {
        code: '00001',
        flag: 'superposicion',
        evidence: [
          {
            layer: 'resguardos',
            feature: 'R1',
            overlap_ha: 1234.5,
            pct_of_area: 12.345,
            borde: false,
            distance_km: 0
          }
        ]
      },
      {
        code: '00002',
        flag: 'proximidad',
        evidence: [
          {
            layer: 'resguardos',
            feature: 'R1',
            overlap_ha: null,
            pct_of_area: null,
            borde: false,
            distance_km: 2.3
          }
        ]
      }
    ],
    district: { code: 'distrito', flag: 'superposicion', evidence: [] },
    bufferKm: 5,
    people: new Map([['resguardos', new Map([['R1', 'Pastos']])]]),
    layers: [RESGUARDOS, TITULOS],
    missingLayers: [
      { id: 'runap', title: 'RUNAP', kind: 'ambiental', producer: 'PNN', where: 'RUNAP' },
      {
        id: 'fa',
        title: 'Frontera agrícola',
        kind: 'ordenamiento',
        producer: 'UPRA',
        where: 'SIPRA'
      }
    ],
    ...over
  };
}

const byAspect = (f: DistrictFacts) => new Map(prefillAnexo2(f).map((r) => [r.aspect, r]));

describe('prefillAnexo2 on hand-made facts', () => {
  it('writes seven rows in the guide order, with empty mesa fields and every PEG component', () => {
    const rows = prefillAnexo2(facts());
    expect(rows.map((r) => [r.aspect, r.title, r.entity])).toEqual(
      GUIDE_ASPECTS.map((a) => [a.id, a.title, a.entity])
    );
    expect(
      rows.every((r) => r.respuesta === '' && r.suficiente === null && r.propuestas === '')
    ).toBe(true);
    expect(new Set(rows.flatMap((r) => r.components))).toEqual(new Set(PEG_COMPONENTS));
    expect(rows.filter((r) => r.components.includes('económico')).map((r) => r.aspect)).toEqual([
      'agropecuarias',
      'otros_sectores'
    ]);
  });

  it('writes the socioeconomic figures of the facts in es-CO, each with its source', () => {
    const text = byAspect(facts()).get('socioeconomica')!.aspecto;
    expect(text).toContain(
      'Población proyectada 2024: 1.234.567 habitantes (DANE, proyecciones post-CNPV 2018), −2,50 % desde 2018.'
    );
    expect(text).toContain(
      'NBI ponderado por población 33,33 % (DANE, CNPV 2018); por municipio, de 10,00 % (Beta de la Sierra) a 40,13 % (Alfa).'
    );
    expect(text).toContain('miseria 12,50 %');
    expect(text).toContain(
      '1 de 2 municipios PDET (Sur; UARIV IRV 2022 con subregión ART): Alfa, 25,00 % del área.'
    );
    expect(text).toContain(
      'promedio simple 60,25 sobre 100, de 50,00 (Alfa) a 70,50 (Beta de la Sierra)'
    );
  });

  it('says when the NBI components and IDF scores were not loaded instead of inventing them', () => {
    const row = byAspect(facts({ indicators: null })).get('socioeconomica')!;
    expect(row.aspecto).not.toMatch(/miseria|promedio simple/);
    expect(row.missing).toContain(
      'No se cargaron los componentes del NBI ni el puntaje IDF (tablas DANE y DNP).'
    );
  });

  it('writes the consulta previa flags with their evidence, people and distance', () => {
    const row = byAspect(facts()).get('etnica')!;
    expect(row.aspecto).toContain(
      'Superposición: 1 de 2 municipios (Alfa: R1 (pueblo Pastos): 1.234,50 ha, 12,35 % del municipio).'
    );
    expect(row.aspecto).toContain(
      'Proximidad: 1 de 2 municipios (Beta de la Sierra: R1 (pueblo Pastos) a 2,30 km).'
    );
    expect(row.aspecto).toContain('«Resguardos de prueba» (Productor étnico, 2023-09)');
    expect(row.missing).toContain(
      'Límite de la capa «Resguardos de prueba»: Cubre solo dos departamentos.'
    );
  });

  it('says so when the district has no ethnic layer at all', () => {
    const f = facts({ layers: [TITULOS] });
    f.matrix = { ...f.matrix, layers: [TITULOS] };
    const row = byAspect(f).get('etnica')!;
    expect(row.aspecto).toMatch(/^Sin capas étnicas cargadas/);
    expect(row.aspecto).not.toMatch(/Superposición|R1/);
    expect(row.missing[0]).toBe(
      'No se ha cargado ninguna capa étnica (resguardos indígenas, títulos colectivos de comunidades negras): no hay pre-análisis de consulta previa.'
    );
  });

  it('reads mining overlaps from the matrix, and titles by modalidad and mineral only when given', () => {
    const row = byAspect(facts()).get('minero')!;
    expect(row.aspecto).toBe(
      '«Títulos de prueba» (Productor minero, 2025-01-31): 1 de 2 municipios con traslape, 500,00 ha (0,50 % del área del distrito): Beta de la Sierra 5,00 % del municipio, 500,00 ha (T-1).'
    );
    expect(row.missing[0]).toMatch(/no traen los títulos por modalidad y mineral/);
    const titles = [
      {
        layer: 'titulos',
        byModalidad: [{ name: 'Contrato de concesión', titles: 3, ha: 120 }],
        byMineral: [{ name: 'Oro', titles: 2, ha: 80.5 }]
      }
    ];
    const withTitles = byAspect(facts({ titles })).get('minero')!;
    expect(withTitles.aspecto).toContain(
      'Títulos de «Títulos de prueba» en el distrito por modalidad: Contrato de concesión 3 (120,00 ha); por mineral: Oro 2 (80,50 ha).'
    );
    expect(withTitles.missing.join(' ')).not.toMatch(/modalidad/);
  });

  it('lists the official layers not loaded under their aspect, and says when there is no data', () => {
    const rows = byAspect(facts());
    expect(rows.get('bioculturales')!.missing[0]).toBe(
      'No se ha cargado la capa «RUNAP» (PNN); se obtiene en: RUNAP.'
    );
    expect(rows.get('agropecuarias')!.missing[0]).toMatch(/«Frontera agrícola» \(UPRA\)/);
    expect(rows.get('agropecuarias')!.aspecto).toMatch(/no tiene datos agropecuarios/);
    expect(rows.get('otros_sectores')!.aspecto).toMatch(/no tiene datos de otros sectores/);
    expect(rows.get('ordenamiento')!.aspecto).toMatch(
      /^PDET \(UARIV IRV 2022 con subregión ART\): 1 de 2 municipios, 25,00 % del área; subregión Sur: Alfa\./
    );
    for (const r of rows.values()) {
      expect(r.aspecto.trim()).not.toBe('');
      expect(r.missing.length).toBeGreaterThan(0);
    }
  });

  it('lists the members of imported municipality lists, and drops the layer a list covers', () => {
    const zomac: FactLayer = {
      id: 'zomac',
      title: 'Municipios ZOMAC',
      kind: 'ordenamiento',
      producer: 'Ministerio de Hacienda',
      cutoff: 'Decreto 1650 de 2017'
    };
    const missingZomac = {
      id: 'zomac_catalogo',
      title: 'Municipios ZOMAC (catálogo)',
      kind: 'ordenamiento',
      producer: 'MinHacienda',
      where: 'Decreto'
    };
    const base = facts();
    const without = byAspect({ ...base, missingLayers: [missingZomac] }).get('ordenamiento')!;
    expect(without.aspecto).toContain(
      '«Municipios ZOMAC» (tabla importada): 1 de 2 municipios (Alfa).'
    );
    expect(without.missing[0]).toMatch(/No se ha cargado la capa «Municipios ZOMAC \(catálogo\)»/);
    const covered = byAspect({
      ...base,
      layers: [...base.layers, { ...zomac, covers: 'zomac_catalogo' }],
      missingLayers: [missingZomac]
    }).get('ordenamiento')!;
    expect(covered.aspecto).toContain(
      '«Municipios ZOMAC» (Ministerio de Hacienda, Decreto 1650 de 2017): 1 de 2 municipios (Alfa).'
    );
    expect(covered.missing.join(' ')).not.toMatch(/catálogo/);
  });

  it('summarises rasters over the district: area-weighted mean, or each class share', () => {
    const continuous = {
      title: 'pendiente.tif',
      columns: ['Código DANE', 'Área con dato (ha)', 'Píxeles', 'Media', 'Mínimo', 'Máximo'],
      rows: new Map([
        ['00001', { 'Área con dato (ha)': '300', Media: '10', Mínimo: '1', Máximo: '20' }],
        ['00002', { 'Área con dato (ha)': '100', Media: '30', Mínimo: '5', Máximo: '45.5' }]
      ])
    };
    const classes = {
      title: 'cobertura.tif',
      columns: ['Código DANE', 'Área con dato (ha)', 'Píxeles', 'Clase 1 (%)', 'Clase 3 (%)'],
      rows: new Map([
        ['00001', { 'Área con dato (ha)': '50', 'Clase 1 (%)': '25', 'Clase 3 (%)': '75' }]
      ])
    };
    const agro = byAspect(facts({ rasters: [continuous, classes] })).get('agropecuarias')!;
    expect(agro.aspecto).toContain(
      'Ráster «pendiente.tif»: 2 de 2 municipios con dato (400,00 ha); media ponderada por área 15,00, mínimo 1,00, máximo 45,50.'
    );
    expect(agro.aspecto).toContain(
      'Ráster «cobertura.tif»: 1 de 2 municipios con dato (50,00 ha); participación en el área con dato: clase 1 25,00 % y clase 3 75,00 %.'
    );
    expect(agro.missing.join(' ')).not.toMatch(/ningún ráster/);
  });
});
