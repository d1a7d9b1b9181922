// RUNAP's per-municipio report («reporte DANE», PNN, cut 2025-03-30) as built into data/ and as the
// constraint matrix, the anexo 2 and `atlas matriz` read it (issue 19). Expected figures come from
// the raw workbook read here with ExcelJS (the build reads it with read-excel-file), from the
// issue's hand check (Anorí holds 34,108 ha of the DRMI Bajo Cauca Nechí) and from DANE's official
// area of Anorí (MGN 2018 MPIO_NAREA 1,413.77390426 km²).
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerById } from '../src/lib/catalog/catalog';
import { officialAreaCut } from '../src/lib/facts/official-area-cut';
import { readArrowRows, type Row } from '../src/lib/node/read-arrow-rows';
import { atlas } from './fixtures/run-atlas';
import { SOURCES } from './fixtures/sources';
import { ENGINES, withFreshAtlasDb } from './store-engines';

const RAW = `${SOURCES}/areas_protegidas/runap_reporte_dane_2025-03-30.xlsx`;
const ANORI = '05040';
const ANORI_AREA_HA = 1413.77390426 * 100;

interface RawRow {
  id: number;
  name: string;
  code: string;
  terrestre: number;
  maritima: number;
}

let raw: RawRow[];
let rows: Row[];
beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(RAW);
  const sheet = book.getWorksheet('Municipios')!;
  raw = [];
  sheet.eachRow((r, i) => {
    if (i === 1) return;
    const v = r.values as unknown[];
    raw.push({
      id: Number(v[1]),
      name: String(v[3]),
      code: String(v[5]),
      terrestre: Number(v[6]),
      maritima: Number(v[7])
    });
  });
  rows = await readArrowRows('data', 'runap_reporte');
});

describe('RUNAP per-municipio report, bundled table', () => {
  it('keeps the 2,903 rows of sheet Municipios over 781 municipios and the code N/A', () => {
    expect(raw).toHaveLength(2903);
    expect(rows).toHaveLength(2903);
    expect(new Set(raw.map((r) => r.code)).size).toBe(782);
    expect(new Set(rows.map((r) => String(r.code))).size).toBe(782);
    expect(rows.filter((r) => !/^\d{5}$/.test(String(r.code))).map((r) => r.code)).toEqual(
      raw.filter((r) => r.code === 'N/A').map(() => 'N/A')
    );
  });

  it('reports the rows with no municipio (N/A) in the caveat with their hectares', () => {
    const na = raw.filter((r) => r.code === 'N/A');
    expect(na).toHaveLength(59);
    const es = (n: number) => Math.round(n).toLocaleString('es-CO');
    const caveat = layerById('runap_reporte')!.caveats;
    expect(caveat).toContain(`${na.length} filas con código «N/A»`);
    expect(caveat).toContain(`${es(na.reduce((s, r) => s + r.terrestre, 0))} ha terrestres`);
    expect(caveat).toContain(`${es(na.reduce((s, r) => s + r.maritima, 0))} ha marítimas`);
  });

  it('holds Anorí’s 34,108 ha of the DRMI Bajo Cauca Nechí as the official figure', () => {
    const bajo = rows.find((r) => r.code === ANORI && r.name === 'Bajo Cauca Nechí')!;
    expect(bajo.category).toBe('Distritos Regionales de Manejo Integrado');
    expect(Math.round(Number(bajo.terrestre_ha))).toBe(34108);
    const fromRaw = raw.find((r) => r.code === ANORI && r.name === 'Bajo Cauca Nechí')!;
    expect(bajo.terrestre_ha).toBe(fromRaw.terrestre);
  });
});

describe('officialAreaCut (the matrix column of the report)', () => {
  it('sums the pieces of one area in one municipio: Tayrona in Santa Marta comes in two rows', () => {
    const pieces = raw.filter((r) => r.code === '47001' && r.name === 'Tayrona');
    expect(pieces).toHaveLength(2);
    const cut = officialAreaCut(
      rows.filter((r) => r.code === '47001'),
      [{ code: '47001', areaKm2: 2347.13928928 }]
    );
    const tayrona = cut.pairs.filter((p) => p.feature === 'Tayrona');
    expect(tayrona).toHaveLength(1);
    expect(tayrona[0]!.overlap_ha).toBeCloseTo(pieces[0]!.terrestre + pieces[1]!.terrestre, 6);
  });

  it('gives the hand-computed share for a municipio of 10 km² and leaves other codes out', () => {
    const cut = officialAreaCut(
      [
        { code: '99999', ap_id: 1, name: 'A', category: 'X', terrestre_ha: 100 },
        { code: '99999', ap_id: 2, name: 'B', category: 'Y', terrestre_ha: 150 },
        { code: 'N/A', ap_id: 3, name: 'C', category: 'Z', terrestre_ha: 999 }
      ],
      [{ code: '99999', areaKm2: 10 }]
    );
    expect(cut.municipios).toEqual([{ code: '99999', overlap_ha: 250, pct: 25 }]);
    expect(cut.pairs.map((p) => [p.feature, p.category])).toEqual([
      ['A', 'X'],
      ['B', 'Y']
    ]);
  });
});

describe.each(ENGINES)('atlas matriz on %s', (engine) => {
  // The library the command reads by default: an empty one of the engine (ATLAS_DB).
  withFreshAtlasDb(engine);
  it('prints Anorí’s RUNAP cell from the official figures and names its source', async () => {
    const { code, stdout } = await atlas('matriz', '--municipios', `${ANORI},05736`, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      municipios: {
        code: string;
        capas: Record<string, { ha: number; pct_of_municipio: number; elementos: unknown[] }>;
      }[];
      capas: { id: string; base: string; fuente: string }[];
    };
    const expected = raw.filter((r) => r.code === ANORI);
    const total = expected.reduce((s, r) => s + r.terrestre, 0);
    const anori = out.municipios.find((m) => m.code === ANORI)!.capas.runap_reporte!;
    expect(anori.ha).toBeCloseTo(total, 6);
    expect(anori.pct_of_municipio).toBeCloseTo((100 * total) / ANORI_AREA_HA, 6);
    expect(anori.elementos).toContainEqual({
      nombre: 'Bajo Cauca Nechí',
      ha: expected.find((r) => r.name === 'Bajo Cauca Nechí')!.terrestre,
      categoria: 'Distritos Regionales de Manejo Integrado',
      borde: false
    });
    expect(anori.elementos).toHaveLength(expected.length);
    // Segovia has no row in the report: an empty official cell, not a missing one.
    expect(out.municipios.find((m) => m.code === '05736')!.capas.runap_reporte!.ha).toBe(0);
    const column = out.capas.find((c) => c.id === 'runap_reporte')!;
    expect(column.base).toBe('oficial');
    expect(column.fuente).toContain('RUNAP');
    expect(out.capas.filter((c) => c.base === 'cruce').length).toBeGreaterThan(0);
  });

  it('refuses a code that is not a municipio with a Spanish error', async () => {
    const { code, stderr } = await atlas('matriz', '--municipios', '05999');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no están en el MGN: 05999/);
  });
});
