// Tables keyed by DANE code (issue 4). Real input: the PDET list (UARIV IRV 2022 via ODPI, shared
// data), as published and as Excel re-saves it (semicolons, windows-1252, leading zeros lost).
// The small tables with duplicates and bad codes are hand-made test fixtures.
import { csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/lib/import/import-error';
import { readTable } from '../src/lib/import/read-table';
import { readWorkbook } from '../src/lib/import/read-workbook';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';

import { SOURCES } from './fixtures/sources';
const PDET = readFileSync(`${SOURCES}/pdet_zomac/pdet_municipios_irv2022.csv`, 'utf8');
const known = new Set((await readArrowRows('data', 'municipios')).map((r) => String(r.code)));
const file = (name: string, bytes: Uint8Array) => ({ name, bytes });

/** Latin-1 bytes of a string (every character here is in windows-1252's Latin-1 range). */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('readTable', () => {
  const source = csvParse(PDET);

  it('reads the published PDET list: 170 municipios, key column found, nothing to repair', () => {
    const t = readTable(file('pdet.csv', new TextEncoder().encode(PDET)), known);
    expect(t.keyColumn).toBe('cod_dane_mpio');
    expect(t.rows.size).toBe(170);
    expect(t.warnings).toEqual([]);
    expect(t.rows.get('05040')?.municipio_mgn2018).toBe('ANORÍ');
    expect(t.numeric).toContain('pdet');
  });

  it('reads it as Excel saves it: semicolons, windows-1252, codes without the leading zero', () => {
    const lostZeros = source.filter((r) => r.cod_dane_mpio!.startsWith('0')).length;
    const excel = [
      source.columns.join(';'),
      ...source.map((r) =>
        source.columns.map((c) => (c === 'cod_dane_mpio' ? String(Number(r[c])) : r[c])).join(';')
      )
    ].join('\r\n');
    const t = readTable(file('pdet-excel.csv', latin1(excel)), known);
    expect(t.rows.size).toBe(170);
    expect(t.rows.get('05040')?.municipio_mgn2018).toBe('ANORÍ');
    expect(t.warnings.some((w) => w.includes('windows-1252'))).toBe(true);
    expect(t.warnings.some((w) => w.startsWith(`${lostZeros} códigos sin el cero inicial`))).toBe(
      true
    );
    expect(lostZeros).toBeGreaterThan(0);
  });

  it('reports duplicates, unknown and invalid codes, keeping the first row of a duplicate', () => {
    const csv = 'codigo,valor\n5001.0,1\n05001,2\n99999,3\nabc,4\n,5\n76001,6\n';
    const t = readTable(file('mano.csv', new TextEncoder().encode(csv)), known);
    expect([...t.rows.keys()]).toEqual(['05001', '99999', '76001']);
    expect(t.rows.get('05001')?.valor).toBe('1');
    const text = t.warnings.join('\n');
    expect(text).toMatch(/1 códigos sin el cero inicial se repararon: 5001\.0 → 05001/);
    expect(text).toMatch(/1 códigos no están en el MGN 2018: 99999/);
    expect(text).toMatch(/1 códigos repetidos/);
    expect(text).toMatch(/2 filas sin código DANE válido/);
  });

  it('rebuilds the code from split department and municipio columns, numbering repeated titles', () => {
    // Hand-made fixture in the shape of DANE's NBI sheet, as Excel re-saves it (leading zeros lost).
    const csv = [
      'Código Departamento;Código Municipio;Nombre;NBI;NBI',
      '5;1;MEDELLÍN;5.23;5.17',
      '05;031;AMALFI;22.38;11.65',
      '91;263;EL ENCANTO (ANM);80.1;'
    ].join('\n');
    const t = readTable(file('nbi.csv', new TextEncoder().encode(csv)), known);
    expect(t.keyColumn).toBe('Código DANE');
    expect([...t.rows.keys()]).toEqual(['05001', '05031', '91263']);
    expect(t.rows.get('05031')).toMatchObject({ NBI: '22.38', 'NBI (2)': '11.65' });
    expect(t.warnings.join(' ')).toMatch(/numerados en orden: NBI \(2\)/);
    expect(t.warnings.join(' ')).toMatch(/«Código Departamento» \+ «Código Municipio»/);
  });

  it('refuses a table without a DANE code column, or without rows, naming the file', () => {
    const noKey = () => readTable(file('sin.csv', new TextEncoder().encode('a,b\n1,2\n')), known);
    expect(noKey).toThrow(ImportError);
    expect(noKey).toThrow(/«sin\.csv»: no se encontró la columna del código DANE; columnas: a, b/);
    expect(() => readTable(file('vacia.csv', new Uint8Array()), known)).toThrow(/vacía/);
  });
});

describe('readWorkbook', () => {
  it('finds the municipios sheet of the DNP IDF 2023 workbook and agrees with the DNP CSV', async () => {
    const bytes = readFileSync(`${SOURCES}/socioeconomico/ResultadosIDF_2023_dnp_original.xlsx`);
    const t = await readWorkbook({ name: 'idf.xlsx', bytes: new Uint8Array(bytes) }, known);
    expect(t.warnings[0]).toContain('«Municipios 2023»');
    expect(t.keyColumn).toBe('Código');
    // The DNP's CSV of the same results (shared data) lists the same municipios.
    const csv = csvParse(
      readFileSync(`${SOURCES}/socioeconomico/idf2023_dnp_municipios.csv`, 'utf8')
    );
    expect(t.rows.size).toBe(csv.length);
    const medellin = csv.find((r) => r.cod_dane_mpio === '05001');
    expect(t.rows.get('05001')?.['Categorías']).toBe(medellin?.['Categorías']);
    expect(Number(t.rows.get('05002')?.['Dependencia de las Transferencias'])).toBeCloseTo(
      Number(csv.find((r) => r.cod_dane_mpio === '05002')?.['Dependencia de las Transferencias']),
      9
    );
  });

  it("reads DANE's NBI workbook, whose code is split in two columns, as the tidy CSV has it", async () => {
    const bytes = readFileSync(`${SOURCES}/socioeconomico/CNPV-2018-NBI_dane_original.xlsx`);
    const t = await readWorkbook({ name: 'nbi.xlsx', bytes: new Uint8Array(bytes) }, known);
    expect(t.warnings[0]).toContain('«Municipios»');
    // The tidy CSV (openpyxl conversion, shared data) has the 1,122 MGN units; the sheet adds the
    // national total, code 00000, reported as unknown.
    const tidy = csvParse(
      readFileSync(`${SOURCES}/socioeconomico/nbi_cnpv2018_municipios.csv`, 'utf8')
    );
    expect(tidy.length).toBe(1122);
    expect(t.rows.size).toBe(1123);
    expect(t.warnings.join(' ')).toMatch(/1 códigos no están en el MGN 2018: 00000/);
    for (const row of tidy) {
      const r = t.rows.get(row.cod_dane_mpio!);
      expect(Number(r?.['Prop de Personas en NBI (%)'])).toBeCloseTo(Number(row.total_nbi), 4);
      // Third block of repeated titles = centros poblados y rural disperso.
      if (row.rural_nbi)
        expect(Number(r?.['Prop de Personas en NBI (%) (3)'])).toBeCloseTo(
          Number(row.rural_nbi),
          4
        );
    }
    expect(t.rows.get('05031')?.['Nombre Municipio']).toBe('AMALFI');
  });

  it("refuses, without crashing, a workbook whose cell reference is beyond Excel's columns", async () => {
    // Hand-made: a one-cell workbook whose reference is damaged to column ZZZZZZZ (the spreadsheet
    // reader would build a row of billions of cells and abort the process).
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hoja').addRow(['cod_dane_mpio', 'valor']);
    const entries = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const sheet = 'xl/worksheets/sheet1.xml';
    entries[sheet] = strToU8(strFromU8(entries[sheet]!).replace(/r="B1"/, 'r="ZZZZZZZ1"'));
    const file = { name: 'dañado.xlsx', bytes: zipSync(entries) };
    await expect(readWorkbook(file, known)).rejects.toThrow(
      /«dañado\.xlsx»: libro de Excel ilegible o dañado \(referencia de celda imposible «ZZZZZZZ1»/
    );
  });

  it('refuses a file that is not a workbook, naming it', async () => {
    const bad = { name: 'roto.xlsx', bytes: new TextEncoder().encode('no es un libro') };
    await expect(readWorkbook(bad, known)).rejects.toThrow(/«roto\.xlsx»: libro de Excel ilegible/);
  });
});
