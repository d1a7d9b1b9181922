// RUNAP's national attribute table (PNN, DBF dated 2025-06-06; 1,785 areas, centroids only) as
// built into data/, and the protected areas of one municipio as the map panel reads them (issue
// 19). Expected values are read here from the raw DBF and from sheet Actos of RUNAP's report with
// ExcelJS (the build uses read-excel-file), and from the figures the issue quotes (RNSC 1,339,
// DRMI 130, PNN 44; Anorí holds 34,108 ha of the DRMI Bajo Cauca Nechí).
import ExcelJS from 'exceljs';
import * as shapefile from 'shapefile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/lib/duckdb/db';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { readArrowRows, type Row } from '../src/lib/node/read-arrow-rows';
import { municipioProtectedAreas } from '../src/lib/queries/municipio-protected-areas';
import { SOURCES } from './fixtures/sources';

const DBF = `${SOURCES}/areas_protegidas/runap_atributos_2025-06-06.dbf`;
const REPORT = `${SOURCES}/areas_protegidas/runap_reporte_dane_2025-03-30.xlsx`;

let raw: Record<string, unknown>[];
let rows: Row[];
let db: Db;
beforeAll(async () => {
  const source = await shapefile.openDbf(DBF, { encoding: 'iso-8859-1' });
  raw = [];
  for (let r = await source.read(); !r.done; r = await source.read()) raw.push(r.value ?? {});
  rows = await readArrowRows('data', 'runap_areas');
  db = await openBundledDb();
});
afterAll(() => db?.close());

const count = (xs: Row[], category: string) => xs.filter((r) => r.category === category).length;

describe('RUNAP attribute table, bundled', () => {
  it('keeps the 1,785 areas, one per ap_id, with the categories the issue counts', () => {
    expect(raw).toHaveLength(1785);
    expect(rows).toHaveLength(1785);
    expect(new Set(rows.map((r) => r.ap_id)).size).toBe(1785);
    expect(count(rows, 'Reserva Natural de la Sociedad Civil')).toBe(1339);
    expect(count(rows, 'Distritos Regionales de Manejo Integrado')).toBe(130);
    expect(count(rows, 'Parque Nacional Natural')).toBe(44);
    // Decoded as the .cpg says (ISO-8859-1): accents intact.
    expect(rows.find((r) => r.ap_id === 6)!.name).toBe('Cueva de los Guácharos');
  });

  it('draws each area at its recorded centroid, a point and not a polygon', () => {
    for (const r of raw.slice(0, 50)) {
      const built = rows.find((x) => x.ap_id === r.ap_id)!;
      expect(JSON.parse(String(built.geometry))).toEqual({
        type: 'Point',
        coordinates: [r.centroide_, r.centroid_1]
      });
    }
  });

  it('gives each area the founding act of sheet Actos: Cueva de los Guácharos, Decreto 2631 de 1960', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(REPORT);
    const acts: unknown[][] = [];
    book.getWorksheet('Actos')!.eachRow((r, i) => {
      if (i > 1) acts.push((r.values as unknown[]).slice(1));
    });
    const declaration = acts.find((a) => a[0] === 6 && a[5] === 'Declaratoria')!;
    expect(declaration[6]).toBe('2631');
    expect(rows.find((r) => r.ap_id === 6)!.act).toBe(
      `${String(declaration[4])} 2631 de ${String(declaration[7])} (Declaratoria)`
    );
    const inReport = new Set(acts.map((a) => a[0]));
    const without = rows.filter((r) => r.act === null).map((r) => r.ap_id);
    expect(without.length).toBe(rows.filter((r) => !inReport.has(r.ap_id)).length);
    expect(without.length).toBe(34); // as the catalog caveat says
  });
});

describe('municipioProtectedAreas (the map panel)', () => {
  it('lists Anorí’s areas from the report with their attributes, largest first', async () => {
    const areas = await municipioProtectedAreas(db, '05040');
    expect(areas.map((a) => a.name)).toEqual([
      'Bajo Cauca Nechí',
      'Cacica Noría',
      'Proaves Arrierito Antioqueño Bloque 2'
    ]);
    const bajo = areas[0]!;
    expect(Math.round(bajo.ha)).toBe(34108);
    const attr = raw.find((r) => r.ap_id === 3165)!;
    expect(bajo.condition).toBe(attr.condicion);
    expect(bajo.authority).toBe(attr.organizaci);
    expect(bajo.url).toBe('https://runap.parquesnacionales.gov.co/area-protegida/3165');
    expect(bajo.act).toMatch(/^Acuerdo del Consejo Directivo 675 de 2023-12-22/);
  });

  it('sums the two pieces of Tayrona in Santa Marta and answers nothing for a bad code', async () => {
    const tayrona = (await municipioProtectedAreas(db, '47001')).filter(
      (a) => a.name === 'Tayrona'
    );
    expect(tayrona).toHaveLength(1);
    const pieces = (await readArrowRows('data', 'runap_reporte')).filter(
      (r) => r.code === '47001' && r.name === 'Tayrona'
    );
    expect(tayrona[0]!.ha).toBeCloseTo(
      pieces.reduce((s, r) => s + Number(r.terrestre_ha), 0),
      6
    );
    expect(await municipioProtectedAreas(db, "05040' OR 1=1 --")).toEqual([]);
  });
});
